-- A clinic's own services and settings; without a row the defaults in Catalogue apply.
create table booking_service (
    clinic_id   uuid not null,
    code        varchar(40) not null,
    name        varchar(80) not null,
    minutes     integer not null,
    price       numeric(10, 2) not null,
    description varchar(500) not null,
    online      boolean not null,
    active      boolean not null,
    primary key (clinic_id, code)
);

create table booking_clinic_settings (
    clinic_id           uuid primary key,
    buffer_minutes      integer not null,
    lead_time_minutes   integer not null,
    cancel_window_hours integer not null
);

-- One row per therapist and per client that has ever booked: "select ... for update" on these
-- rows serializes bookings that could collide (works on H2 and PostgreSQL alike).
create table booking_lock (
    id        uuid primary key,
    clinic_id uuid not null
);

create table booking_appointment (
    id             uuid primary key,
    version        bigint not null,
    clinic_id      uuid not null,
    client_id      uuid not null,
    therapist_id   uuid not null,
    service_code   varchar(40) not null,
    service_name   varchar(80) not null,
    minutes        integer not null,
    price          numeric(10, 2) not null,
    online         boolean not null,
    online_contact varchar(200),
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    -- the end plus the clinic's buffer at booking time: the span no other booking may touch
    blocked_until  timestamp with time zone not null,
    time_zone      varchar(64) not null,
    status         varchar(12) not null,
    cancel_reason  varchar(500),
    sequence       integer not null,
    created_at     timestamp with time zone not null,
    changed_at     timestamp with time zone not null
);
create index booking_appointment_therapist on booking_appointment (therapist_id, starts_at);
create index booking_appointment_client on booking_appointment (client_id, starts_at);
create index booking_appointment_clinic on booking_appointment (clinic_id, starts_at);

-- Idempotency-Key of POST /api/v1/appointments, per account: a repeat answers the first result.
create table booking_idempotency (
    account_id     uuid not null,
    idem_key       varchar(100) not null,
    clinic_id      uuid not null,
    appointment_id uuid not null,
    created_at     timestamp with time zone not null,
    primary key (account_id, idem_key)
);
