-- Outcomes' read models (issue 18), filled by listeners on the other modules' events and
-- rebuilt per clinic on demand. Nothing here is the source of truth: each table is a copy
-- of what the sleep, sessions, self-care and questionnaires modules hold, shaped for reads.

-- One row per client: every valid diary night with the figures the summaries use, encoded as
-- one text ("date,sol,waso,nwak,tst,tib,se,quality,intoBedEpochSecond" joined by ";", oldest
-- first), so a client's progress is one row to read and a rebuild one row to write.
create table outcomes_series (
    client_id  uuid primary key,
    clinic_id  uuid not null,
    nights     integer not null,
    series     text not null
);

-- One row per attended session: what the signed note records (no free text), the hours
-- from the session's end to the following night's bedtime, that night's SOL and TST.
create table outcomes_session (
    appointment_id uuid primary key,
    clinic_id      uuid not null,
    client_id      uuid not null,
    therapist_id   uuid not null,
    starts_at      timestamp with time zone not null,
    session_date   date not null,
    signed         boolean not null,
    techniques     varchar(200) not null,
    minutes        integer,
    drift_off      varchar(20),
    hours_to_bed   numeric(6, 2),
    night_sol      integer,
    night_tst      integer
);
create index outcomes_session_client on outcomes_session (client_id, starts_at);
create index outcomes_session_clinic on outcomes_session (clinic_id, session_date);

-- One row per evening with a self-care routine logged.
create table outcomes_routine (
    client_id    uuid not null,
    evening_date date not null,
    clinic_id    uuid not null,
    primary key (client_id, evening_date)
);

-- ISI and PSQI results (total and category only).
create table outcomes_score (
    response_id  uuid primary key,
    clinic_id    uuid not null,
    client_id    uuid not null,
    instrument   varchar(10) not null,
    completed_at timestamp with time zone not null,
    total        integer,
    category     varchar(60)
);
create index outcomes_score_client on outcomes_score (client_id, completed_at);

-- One row per client: baseline and latest week (as of the newest night), change figures,
-- the client's key in each analytics grouping, session nights against other nights.
create table outcomes_client (
    client_id        uuid primary key,
    clinic_id        uuid not null,
    therapist_id     uuid,
    profile          varchar(60),
    first_session    date,
    first_attended   date,
    last_night       date,
    nights           integer not null,
    sessions         integer not null,
    baseline_nights  integer not null,
    baseline_sol     numeric(8, 2),
    baseline_tst     numeric(8, 2),
    baseline_se      numeric(8, 2),
    latest_nights    integer not null,
    latest_sol       numeric(8, 2),
    latest_tst       numeric(8, 2),
    latest_se        numeric(8, 2),
    isi_first        integer,
    isi_latest       integer,
    g_technique      varchar(20) not null,
    g_minutes        varchar(10) not null,
    g_timing         varchar(10) not null,
    g_drift_off      varchar(12) not null,
    g_sessions       varchar(10) not null,
    g_adherence      varchar(10) not null,
    session_nights   integer not null,
    session_sol_sum  bigint not null,
    session_tst_sum  bigint not null,
    other_nights     integer not null,
    other_sol_sum    bigint not null,
    other_tst_sum    bigint not null,
    refreshed_at     timestamp with time zone not null
);
create index outcomes_client_clinic on outcomes_client (clinic_id, therapist_id);
