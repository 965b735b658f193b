-- Browser sessions in the database (Spring Session JDBC), so several Drift instances behind a
-- load balancer share them and a restart signs nobody out. BYTEA is PostgreSQL's binary type
-- and an alias of VARBINARY in H2.
create table site_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval integer not null,
    expiry_time           bigint not null,
    principal_name        varchar(254),
    constraint site_session_pk primary key (primary_id)
);
create unique index site_session_ix1 on site_session (session_id);
create index site_session_ix2 on site_session (expiry_time);
create index site_session_ix3 on site_session (principal_name);

create table site_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint site_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint site_session_attributes_fk foreign key (session_primary_id)
        references site_session (primary_id) on delete cascade
);
