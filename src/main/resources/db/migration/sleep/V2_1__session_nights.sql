-- The diary night after a massage session is linked to it (issue 10, for outcomes); the
-- next morning the client may say how relaxed they felt after the session (0-10).
create table sleep_session_night (
    client_id      uuid not null,
    diary_date     date not null,
    appointment_id uuid not null,
    relaxed        integer,
    primary key (client_id, diary_date)
);
