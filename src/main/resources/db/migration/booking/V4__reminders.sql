-- The start time the 24-hour reminder was sent for; a moved appointment is reminded again.
alter table booking_appointment add column reminded_for timestamp with time zone;
