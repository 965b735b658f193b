-- Moved from booking's V2__waitlist.sql when waitlist became its own module; "if not exists"
-- because a database created before the split already has these tables (MovedMigrations).
-- A client waiting for a service in a date range, optionally with one therapist, evenings only.
create table if not exists booking_waitlist (
    id            uuid primary key,
    clinic_id     uuid not null,
    client_id     uuid not null,
    service_code  varchar(40) not null,
    first_day     date not null,
    last_day      date not null,
    therapist_id  uuid,
    evenings_only boolean not null,
    status        varchar(12) not null,
    created_at    timestamp with time zone not null
);
create index if not exists booking_waitlist_clinic on booking_waitlist (clinic_id, status, created_at);

-- A freed slot held for one waiting client until expires_at; first confirmed wins.
create table if not exists booking_offer (
    id             uuid primary key,
    clinic_id      uuid not null,
    waitlist_id    uuid not null references booking_waitlist (id),
    client_id      uuid not null,
    therapist_id   uuid not null,
    service_code   varchar(40) not null,
    starts_at      timestamp with time zone not null,
    blocked_until  timestamp with time zone not null,
    expires_at     timestamp with time zone not null,
    status         varchar(12) not null,
    appointment_id uuid,
    created_at     timestamp with time zone not null
);
create index if not exists booking_offer_therapist on booking_offer (therapist_id, status, starts_at);
create index if not exists booking_offer_expiry on booking_offer (status, expires_at);
