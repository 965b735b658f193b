-- The intake form while it is being filled: the answers so far (JSON, keyed by question id),
-- the step reached and when it was last saved. One draft per client; deleted on submission.
create table intake_draft (
    id          uuid primary key,
    version     bigint not null,
    clinic_id   uuid not null,
    client_id   uuid not null,
    answers     varchar(200000) not null,
    step        integer not null,
    updated_at  timestamp with time zone not null,
    updated_by  uuid not null,
    constraint intake_draft_client unique (client_id)
);
