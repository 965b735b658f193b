-- A draft started from a per-visit re-check ("something changed"): which re-check it answers
-- and the short form's five yes/no answers (one character each, 'y' or 'n'), so submitting the
-- updated answers also answers the re-check. Both null for an ordinary intake draft.
alter table intake_draft add column recheck_id uuid;
alter table intake_draft add column recheck_answers varchar(5);
