-- Issue 16: passkeys (WebAuthn) as the staff's preferred second factor. The two tables are
-- Spring Security's own (JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository name them; their columns as in Spring Security 7's
-- user-entities-schema.sql and user-credentials-schema-postgres.sql), with bytea for the
-- binary columns, which H2 reads as binary varying too. A user entity's name is the account's
-- email (what Spring Security's sign-in calls the username); ids are base64url text.
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(320)  not null,
    display_name varchar(320)
);
create unique index user_entities_name on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id),
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user on user_credentials (user_entity_user_id);
