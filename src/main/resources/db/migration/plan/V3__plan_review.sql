-- When the plan's review session starts (the plan is then due for review), the signpost a
-- review gave (S04 when nothing improved), and every review with its figures and decision.
alter table plan_plan add column review_at timestamp with time zone;
alter table plan_plan add column signpost varchar(10);

create table plan_review (
    id             uuid primary key,
    plan_id        uuid not null references plan_plan (id),
    decision       varchar(20) not null,
    suggested      varchar(20) not null,
    isi_baseline   integer,
    isi_latest     integer,
    psqi_baseline  integer,
    psqi_latest    integer,
    reason         varchar(500),
    decided_by     uuid not null,
    decided_at     timestamp with time zone not null
);
create index plan_review_plan on plan_review (plan_id);
