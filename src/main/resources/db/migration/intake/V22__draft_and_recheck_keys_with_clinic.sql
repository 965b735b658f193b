-- Citus needs the distribution column (clinic_id) in every unique constraint. A client and an
-- appointment belong to one clinic, so adding it changes nothing; it goes last, so lookups by
-- client_id or appointment_id keep the index.
alter table intake_draft drop constraint intake_draft_client;
alter table intake_draft add constraint intake_draft_client unique (client_id, clinic_id);
alter table intake_recheck drop constraint intake_recheck_appointment;
alter table intake_recheck add constraint intake_recheck_appointment unique (appointment_id, clinic_id);
