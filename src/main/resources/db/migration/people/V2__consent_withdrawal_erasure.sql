-- Issue 12: when a client withdrew consent to health-data processing (no health data may be
-- entered after it), and when their record was erased (what remains is locked).
alter table people_client add column health_consent_withdrawn_at timestamp with time zone;
alter table people_client add column erased_at timestamp with time zone;
