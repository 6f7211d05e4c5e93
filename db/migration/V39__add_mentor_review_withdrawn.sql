-- The author of a review may withdraw it: it is no longer shown to either side (nor are its
-- replies), and the mentee's audit trail keeps that it was written and withdrawn.
alter table mentor_review add column withdrawn_at timestamptz;
alter table mentor_review add column withdrawn_by uuid references account (id) on delete set null;
