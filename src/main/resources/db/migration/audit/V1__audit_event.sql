-- Who read or changed which client's data, when, and the outcome. Never the content.
create table audit_event (
    id               uuid primary key,
    clinic_id        uuid,
    occurred_at      timestamp with time zone not null,
    actor_account_id uuid,
    actor_role       varchar(16),
    client_id        uuid,
    account_id       uuid,
    action           varchar(64) not null,
    outcome          varchar(16) not null,
    source_address   varchar(64)
);
create index audit_event_clinic_time on audit_event (clinic_id, occurred_at);
create index audit_event_client on audit_event (client_id, action);
