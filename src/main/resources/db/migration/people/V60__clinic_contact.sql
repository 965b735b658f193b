-- Issue 17 defect 3: the clinic's phone number and postal address, shown to its clients
-- (home, booking pages, emails) so a client who may not change an appointment online
-- knows whom to call. Both optional: a clinic without them shows "call the clinic".
alter table people_clinic add column phone varchar(40);
alter table people_clinic add column address varchar(300);
