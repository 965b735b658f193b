-- The appointments a plan booked: which session of its course each is, in which phase, and
-- whether it is the review point.
create table plan_session (
    appointment_id uuid primary key,
    plan_id        uuid not null references plan_plan (id),
    number         integer not null,
    phase          varchar(10) not null,
    review_point   boolean not null,
    booked_at      timestamp with time zone not null
);
create index plan_session_plan on plan_session (plan_id);
