-- Per-client self-care settings: the variant the therapist assigned (null: the gate
-- chooses) and the evening reminder (minutes before the main sleep; next_reminder_at is
-- when it is next due, so the scheduler reads only due rows). A row is created when the
-- client first opens or logs the routine, or staff assign one.
create table selfcare_setting (
    client_id          uuid primary key,
    clinic_id          uuid not null,
    assigned_variant   varchar(20),
    assigned_by        uuid,
    assigned_at        timestamp with time zone,
    reminder_enabled   boolean not null,
    reminder_minutes   integer not null,
    next_reminder_at   timestamp with time zone
);
create index selfcare_setting_due on selfcare_setting (next_reminder_at);

-- One row per routine the client did (completed or stopped early); night_date is the
-- sleep diary's date of the night that followed, which links the two.
create table selfcare_log (
    id           uuid primary key,
    clinic_id    uuid not null,
    client_id    uuid not null,
    variant      varchar(20) not null,
    completed    boolean not null,
    seconds      integer not null,
    relaxation   integer,
    evening_date date not null,
    night_date   date not null,
    logged_at    timestamp with time zone not null
);
create index selfcare_log_client_night on selfcare_log (client_id, night_date);
