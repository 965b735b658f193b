-- Moved from sleep's V2__sleep_questionnaires.sql when questionnaires became its own module;
-- "if not exists" because a database created before the split already has these tables.
-- ISI and PSQI responses: the answers as given (JSON text, the instrument's field names),
-- the headline score for lists and charts, and when and by whom they were completed.
create table if not exists sleep_questionnaire_response (
    id                 uuid primary key,
    version            bigint not null,
    clinic_id          uuid not null,
    client_id          uuid not null,
    instrument         varchar(8) not null,
    instrument_version varchar(16) not null,
    answers            varchar(4000) not null,
    total              integer,
    category           varchar(40),
    completed_at       timestamp with time zone not null,
    completed_zone     varchar(64) not null,
    recorded_by        uuid not null,
    recorded_role      varchar(16) not null
);
create index if not exists sleep_questionnaire_response_client
    on sleep_questionnaire_response (clinic_id, client_id, instrument, completed_at);

-- The clinic's questionnaire schedule; no row = the defaults (ISI at sign-up and every
-- 2 weeks, PSQI at sign-up and every 4 weeks).
create table if not exists sleep_questionnaire_settings (
    clinic_id        uuid primary key,
    version          bigint not null,
    isi_at_sign_up   boolean not null,
    isi_every_weeks  integer not null,
    psqi_at_sign_up  boolean not null,
    psqi_every_weeks integer not null
);
