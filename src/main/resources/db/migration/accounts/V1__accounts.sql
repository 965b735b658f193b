-- Sign-in accounts. An account belongs to one clinic; clinic, client and therapist ids point
-- into the people module (no foreign keys across modules).
create table accounts_account (
    id            uuid primary key,
    version       bigint not null,
    clinic_id     uuid not null,
    email         varchar(254) not null,
    password_hash varchar(100) not null,
    role          varchar(16) not null,
    client_id     uuid,
    therapist_id  uuid,
    display_name  varchar(120) not null,
    enabled       boolean not null,
    created_at    timestamp with time zone not null,
    constraint accounts_account_email unique (email)
);
create index accounts_account_clinic on accounts_account (clinic_id, role);

-- Personal API tokens: only a SHA-256 of the token is kept.
create table accounts_api_token (
    id           uuid primary key,
    version      bigint not null,
    account_id   uuid not null references accounts_account (id),
    clinic_id    uuid not null,
    name         varchar(80) not null,
    token_hash   char(64) not null,
    token_hint   varchar(16) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint accounts_api_token_hash unique (token_hash)
);
create index accounts_api_token_account on accounts_api_token (account_id);

-- Failed sign-ins, keyed by account email or by source address, for throttling.
create table accounts_login_failure (
    id           uuid primary key,
    throttle_key varchar(300) not null,
    occurred_at  timestamp with time zone not null
);
create index accounts_login_failure_key on accounts_login_failure (throttle_key, occurred_at);

-- A key that reached the failure limit is locked until the cooling-off period ends.
create table accounts_login_lock (
    throttle_key varchar(300) primary key,
    locked_until timestamp with time zone not null,
    locked_at    timestamp with time zone not null
);
