-- The email outbox: a row is written in the same transaction as what caused it and a
-- scheduler delivers it. last_error holds the failure's kind only, never content.
create table notify_message (
    id              uuid primary key,
    clinic_id       uuid not null,
    recipient       varchar(320) not null,
    subject         varchar(255) not null,
    body            varchar(100000) not null,
    dedupe_key      varchar(200),
    status          varchar(16) not null,
    attempts        integer not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(500),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    -- the claim of the instance delivering it: a random token per claim, valid until lease_until
    claim_token     uuid,
    lease_until     timestamp with time zone,
    constraint notify_message_dedupe unique (clinic_id, dedupe_key)
);
create index notify_message_due on notify_message (status, next_attempt_at);
create index notify_message_clinic_time on notify_message (clinic_id, created_at);

create table notify_attachment (
    id           uuid primary key,
    message_id   uuid not null references notify_message (id) on delete cascade,
    clinic_id    uuid not null,
    part_index   integer not null,
    filename     varchar(255) not null,
    content_type varchar(255) not null,
    content      bytea not null,
    constraint notify_attachment_position unique (message_id, part_index)
);
