-- Issue 16: a second factor for staff. One authenticator-app (TOTP, RFC 6238) secret per
-- account, confirmed once a first code was right; the last time step used, so a code is
-- accepted once only. Recovery codes: only a SHA-256 of each, single use.
create table accounts_totp (
    account_id   uuid primary key references accounts_account (id),
    secret       varchar(64) not null,
    confirmed_at timestamp with time zone,
    last_step    bigint not null
);

create table accounts_recovery_code (
    id         uuid primary key,
    account_id uuid not null references accounts_account (id),
    code_hash  char(64) not null,
    used_at    timestamp with time zone
);
create index accounts_recovery_code_account on accounts_recovery_code (account_id);
