-- Moved from intake's V1__intake.sql when screening became its own module (intake's script
-- was rewritten, its checksum realigned by MovedMigrations); "if not exists" because a
-- database created before the split already has these tables.

-- Per-clinic intake settings: who (besides admins) may sign rule-set versions off.
create table if not exists intake_clinic_settings (
    clinic_id          uuid primary key,
    lead_therapist_id  uuid,
    changed_at         timestamp with time zone not null
);

-- Rule-set versions of a clinic: the thresholds and policies applied to the questionnaire's
-- rules. A version takes effect once signed; the newest signed one is in force. No row at all
-- means the questionnaire's defaults (version 1.0.0) are in force.
create table if not exists intake_rule_set (
    id                      uuid primary key,
    clinic_id               uuid not null,
    number                  integer not null,
    label                   varchar(40) not null,
    fever_celsius           numeric(4, 1) not null,
    bp_defer_systolic       integer not null,
    bp_defer_diastolic      integer not null,
    bp_urgent_systolic      integer not null,
    bp_urgent_diastolic     integer not null,
    dvt_recent_months       integer not null,
    surgery_recent_weeks    integer not null,
    first_trimester_level   varchar(10) not null,
    created_at              timestamp with time zone not null,
    created_by              uuid not null,
    signed_at               timestamp with time zone,
    signed_by               uuid,
    signed_by_name          varchar(200),
    constraint intake_rule_set_number unique (clinic_id, number)
);
