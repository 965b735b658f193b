-- Links sent by email: a password reset, an invitation to set the first password (a client
-- added by staff) and the confirmation of the address given at sign-up. Only a SHA-256 of
-- the link's secret is kept; a link works once (used_at) and until expires_at.
create table accounts_password_token (
    id          uuid primary key,
    account_id  uuid not null references accounts_account (id),
    clinic_id   uuid not null,
    purpose     varchar(16) not null,
    token_hash  char(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint accounts_password_token_hash unique (token_hash)
);
create index accounts_password_token_account on accounts_password_token (account_id, purpose, created_at);
