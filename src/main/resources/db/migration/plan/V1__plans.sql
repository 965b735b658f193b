-- Treatment plans (issue 9). A plan is created from the client's latest screening; its terms
-- (what the therapist does) start as the recommendation and change only through versions.
create table plan_plan (
    id               uuid primary key,
    clinic_id        uuid not null,
    client_id        uuid not null,
    status           varchar(20) not null,
    screening_id     uuid not null,
    rule_set_version varchar(20) not null,
    first_visit      boolean not null,
    recommendation   text not null,
    terms            text not null,
    flag             varchar(300),
    flagged_at       timestamp with time zone,
    created_by       uuid not null,
    created_at       timestamp with time zone not null,
    changed_at       timestamp with time zone not null,
    version          integer not null
);
create index plan_plan_client on plan_plan (client_id);
create index plan_plan_clinic on plan_plan (clinic_id);

-- Every version of a plan's terms: who, when and why (version 1 is the plan as created).
create table plan_version (
    plan_id    uuid not null references plan_plan (id),
    number     integer not null,
    terms      text not null,
    reason     varchar(500) not null,
    changed_by uuid not null,
    changed_at timestamp with time zone not null,
    primary key (plan_id, number)
);
