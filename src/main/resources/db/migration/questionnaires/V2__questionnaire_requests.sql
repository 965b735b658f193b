-- Questionnaires asked for a date outside the clinic's schedule, e.g. ISI and PSQI before a
-- plan's review session. A request is met by a response completed on or after its date minus
-- 7 days; until then it is due (and reminded) from its date.
create table questionnaire_request (
    client_id   uuid not null,
    instrument  varchar(8) not null,
    due_on      date not null,
    clinic_id   uuid not null,
    reason      varchar(40) not null,
    created_at  timestamp with time zone not null,
    primary key (client_id, instrument, due_on)
);
