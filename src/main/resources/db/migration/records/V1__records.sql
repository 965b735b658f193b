-- Erasure requests (GDPR Art. 17): the client asks, an admin approves. Once erased, what was
-- kept is counted here (never its content) with the date until which the clinic keeps it.
create table records_erasure_request (
    id                     uuid primary key,
    clinic_id              uuid not null,
    client_id              uuid not null,
    status                 varchar(12) not null,
    requested_at           timestamp with time zone not null,
    decided_at             timestamp with time zone,
    decided_by             uuid,
    keep_until             date,
    retained_appointments  integer,
    retained_plans         integer
);
create index records_erasure_request_clinic on records_erasure_request (clinic_id, status);
create index records_erasure_request_client on records_erasure_request (client_id);

-- How long the clinic keeps clinical records after the last treatment; no row = 8 years.
create table records_clinic_settings (
    clinic_id        uuid primary key,
    retention_years  integer not null
);
