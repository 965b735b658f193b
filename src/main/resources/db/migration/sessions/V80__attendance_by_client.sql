-- A client's attended sessions are read by client (outcomes' read model, issue 18): without
-- this index each read scans the clinic's whole attendance.
create index sessions_attendance_client on sessions_attendance (client_id, starts_at);
