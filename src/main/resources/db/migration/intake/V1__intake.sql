-- The clinic settings and rule-set tables moved to screening's V1__screening.sql.

-- Every screening: the answers snapshot, the result, the rule-set version and the time.
create table intake_screening (
    id               uuid primary key,
    clinic_id        uuid not null,
    client_id        uuid not null,
    kind             varchar(12) not null,
    answers          varchar(200000) not null,
    result           varchar(100000) not null,
    session_level    varchar(12) not null,
    staff_alert      boolean not null,
    rule_set_version varchar(40) not null,
    screened_at      timestamp with time zone not null,
    recorded_by      uuid not null
);
create index intake_screening_client on intake_screening (client_id, screened_at);
create index intake_screening_clinic on intake_screening (clinic_id, screened_at);

-- Clearances from the client's clinician, and staff overrides (clinical rules 0.1).
create table intake_clearance (
    id                    uuid primary key,
    clinic_id             uuid not null,
    client_id             uuid not null,
    kind                  varchar(12) not null,
    rule_id               varchar(8) not null,
    screening_id          uuid not null,
    condition_fingerprint varchar(64) not null,
    given_by_name         varchar(200),
    given_by_role         varchar(200),
    given_on              date,
    limits_text           varchar(2000),
    expires_on            date,
    reason                varchar(2000),
    recorded_by           uuid not null,
    recorded_at           timestamp with time zone not null
);
create index intake_clearance_client on intake_clearance (client_id);

-- Per-visit re-checks, one per treatment appointment.
create table intake_recheck (
    id                 uuid primary key,
    clinic_id          uuid not null,
    client_id          uuid not null,
    appointment_id     uuid not null,
    appointment_start  timestamp with time zone not null,
    requested_at       timestamp with time zone not null,
    answered_at        timestamp with time zone,
    changed            boolean,
    screening_id       uuid,
    constraint intake_recheck_appointment unique (appointment_id)
);
create index intake_recheck_client on intake_recheck (client_id, appointment_start);
