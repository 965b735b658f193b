-- One diary entry per client per diary date (the morning it describes). The entered times
-- are kept as entered (HH:MM or an ISO date-time with offset) with the zone they were
-- entered in, beside the resolved instants (UTC) and the headline metrics.
create table sleep_diary_entry (
    id                   uuid primary key,
    version              bigint not null,
    clinic_id            uuid not null,
    client_id            uuid not null,
    diary_date           date not null,
    time_zone            varchar(64) not null,
    into_bed             varchar(40) not null,
    tried_to_sleep       varchar(40) not null,
    final_awakening      varchar(40) not null,
    out_of_bed           varchar(40) not null,
    sol_minutes          integer not null,
    awakenings           integer not null,
    waso_minutes         integer not null,
    quality              integer,
    minutes_trying_after integer,
    woke_earlier         boolean,
    minutes_earlier      integer,
    nap_count            integer,
    nap_minutes          integer,
    alcohol_drinks       integer,
    alcohol_last         time,
    caffeine_drinks      integer,
    caffeine_last        time,
    sleep_medication     varchar(200),
    wanted_more_sleep    boolean,
    into_bed_at          timestamp with time zone not null,
    tried_to_sleep_at    timestamp with time zone not null,
    final_awakening_at   timestamp with time zone not null,
    out_of_bed_at        timestamp with time zone not null,
    tib_minutes          integer not null,
    tst_minutes          integer not null,
    se_percent           numeric(5, 2) not null,
    warnings             varchar(200) not null,
    recorded_at          timestamp with time zone not null,
    changed_at           timestamp with time zone not null,
    constraint sleep_diary_entry_one_per_date unique (client_id, diary_date)
);
create index sleep_diary_entry_clinic_client on sleep_diary_entry (clinic_id, client_id, diary_date);

-- Per-client diary settings: the first massage session (ends the baseline) and the
-- morning reminder (local time in the client's zone; next_reminder_at is when it is next
-- due, so the scheduler reads only due rows). A row is created when the client first uses
-- the diary; no row means the defaults.
create table sleep_client_setting (
    client_id          uuid primary key,
    clinic_id          uuid not null,
    first_session_date date,
    reminder_time      time not null,
    reminder_enabled   boolean not null,
    next_reminder_at   timestamp with time zone
);
create index sleep_client_setting_due on sleep_client_setting (next_reminder_at);
