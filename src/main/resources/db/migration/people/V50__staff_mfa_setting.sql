-- Issue 16: therapists and admins sign in with a second factor. New clinics require it;
-- clinics that exist already keep signing in as before until their admin turns it on.
alter table people_clinic add column staff_mfa_required boolean default true not null;
update people_clinic set staff_mfa_required = false;
