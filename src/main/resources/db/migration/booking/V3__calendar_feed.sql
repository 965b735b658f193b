-- One secret calendar feed per account; only the SHA-256 of the secret is stored.
create table booking_feed (
    account_id  uuid primary key,
    clinic_id   uuid not null,
    secret_hash varchar(64) not null,
    -- whose appointments the feed shows, copied from the account when issued
    role         varchar(12) not null,
    client_id    uuid,
    therapist_id uuid,
    created_at  timestamp with time zone not null
);
create unique index booking_feed_secret on booking_feed (secret_hash);
