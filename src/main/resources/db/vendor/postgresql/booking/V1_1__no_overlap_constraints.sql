-- PostgreSQL only (spring.flyway.locations adds db/vendor/{vendor}; Modulith appends /booking):
-- a second guard behind the row locks. No two booked appointments of one therapist, or of one
-- client, may overlap including the buffer. Violations (SQLSTATE 23P01) answer 409 SLOT_TAKEN.
-- Versioned 1_1 so it sorts right after V1 and before any later portable migration.
create extension if not exists btree_gist;

alter table booking_appointment add constraint booking_appointment_therapist_no_overlap
    exclude using gist (therapist_id with =, tstzrange(starts_at, blocked_until, '[)') with &&)
    where (status = 'BOOKED');

alter table booking_appointment add constraint booking_appointment_client_no_overlap
    exclude using gist (client_id with =, tstzrange(starts_at, blocked_until, '[)') with &&)
    where (status = 'BOOKED');
