-- Citus needs the distribution column (clinic_id) in every unique constraint. A client belongs to
-- one clinic, so adding it changes nothing; it goes last, so lookups by client_id (and date) keep
-- the index.
alter table sleep_diary_entry drop constraint sleep_diary_entry_one_per_date;
alter table sleep_diary_entry add constraint sleep_diary_entry_one_per_date unique (client_id, diary_date, clinic_id);
