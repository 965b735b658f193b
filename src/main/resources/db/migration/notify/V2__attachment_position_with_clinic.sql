-- Citus needs the distribution column (clinic_id) in every unique constraint. A message belongs
-- to one clinic, so adding it changes nothing; it goes last, so lookups by message_id keep the index.
alter table notify_attachment drop constraint notify_attachment_position;
alter table notify_attachment add constraint notify_attachment_position unique (message_id, part_index, clinic_id);
