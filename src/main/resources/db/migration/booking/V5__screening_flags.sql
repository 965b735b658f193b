-- A booked treatment that a later screening no longer allows. Staff see it (calendar and
-- GET /api/v1/appointments/flagged) until the appointment is cancelled, moved, or a new
-- screening allows it again; booking never cancels it on its own.
create table booking_screening_flag (
    appointment_id uuid primary key,
    clinic_id      uuid not null,
    client_id      uuid not null,
    screening_id   uuid,
    reason         varchar(30) not null,
    flagged_at     timestamp with time zone not null
);
create index booking_screening_flag_clinic on booking_screening_flag (clinic_id);
create index booking_screening_flag_client on booking_screening_flag (client_id);
