-- Session records (issue 10). Attendance of a started appointment (booking keeps the
-- appointment itself; this module owns what happened at it).
create table sessions_attendance (
    appointment_id uuid primary key,
    clinic_id      uuid not null,
    client_id      uuid not null,
    therapist_id   uuid not null,
    starts_at      timestamp with time zone not null,
    status         varchar(20) not null,
    marked_by      uuid not null,
    marked_at      timestamp with time zone not null
);
create index sessions_attendance_clinic on sessions_attendance (clinic_id, starts_at);

-- One note per attended appointment: checked against the screening in force at the
-- appointment (its id and rule-set version kept here), the content as JSON text. Once
-- signed (signer, time, SHA-256 of the content) it never changes.
create table sessions_note (
    appointment_id   uuid primary key,
    clinic_id        uuid not null,
    client_id        uuid not null,
    therapist_id     uuid not null,
    starts_at        timestamp with time zone not null,
    screening_id     uuid,
    rule_set_version varchar(40),
    content          text not null,
    drift_off        varchar(20),
    status           varchar(10) not null,
    version          bigint not null,
    created_at       timestamp with time zone not null,
    saved_at         timestamp with time zone not null,
    signed_by        uuid,
    signed_at        timestamp with time zone,
    content_hash     varchar(64)
);
create index sessions_note_client on sessions_note (client_id, starts_at);
create index sessions_note_clinic on sessions_note (clinic_id, status, starts_at);

-- Signed corrections and additions to a signed note, append-only, in order.
create table sessions_addendum (
    appointment_id uuid not null references sessions_note (appointment_id),
    number         integer not null,
    text           varchar(4000) not null,
    signed_by      uuid not null,
    signed_at      timestamp with time zone not null,
    hash           varchar(64) not null,
    primary key (appointment_id, number)
);
