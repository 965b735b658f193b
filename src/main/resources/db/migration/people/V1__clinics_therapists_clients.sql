create table people_clinic (
    id                         uuid primary key,
    version                    bigint not null,
    name                       varchar(120) not null,
    time_zone                  varchar(64) not null,
    locale_tag                 varchar(35) not null,
    currency                   char(3) not null,
    urgent_advice_number       varchar(40),
    emergency_number           varchar(40),
    inactivity_timeout_minutes integer not null,
    created_at                 timestamp with time zone not null
);

create table people_clinic_hours (
    clinic_id   uuid not null references people_clinic (id),
    day_of_week varchar(9) not null,
    opens       time not null,
    closes      time not null,
    primary key (clinic_id, day_of_week)
);

create table people_therapist (
    id        uuid primary key,
    version   bigint not null,
    clinic_id uuid not null references people_clinic (id),
    name      varchar(120) not null,
    bio       varchar(1000) not null,
    skills    varchar(100) not null
);
create index people_therapist_clinic on people_therapist (clinic_id);

create table people_therapist_hours (
    therapist_id uuid not null references people_therapist (id),
    day_of_week  varchar(9) not null,
    starts       time not null,
    ends         time not null,
    break_starts time,
    break_ends   time,
    primary key (therapist_id, day_of_week)
);

create table people_therapist_time_off (
    therapist_id uuid not null references people_therapist (id),
    first_day    date not null,
    last_day     date not null,
    note         varchar(200),
    primary key (therapist_id, first_day, last_day)
);

create table people_client (
    id                  uuid primary key,
    version             bigint not null,
    clinic_id           uuid not null references people_clinic (id),
    name                varchar(120) not null,
    email               varchar(254) not null,
    phone               varchar(40),
    date_of_birth       date,
    time_zone           varchar(64) not null,
    workday_sleep_start time not null,
    offday_sleep_start  time not null,
    workdays            varchar(80) not null,
    shift_pattern       varchar(16) not null,
    contact_by_email    boolean not null,
    contact_by_sms      boolean not null,
    health_consent_at   timestamp with time zone,
    health_consent_zone varchar(64),
    created_at          timestamp with time zone not null,
    constraint people_client_email unique (clinic_id, email)
);
