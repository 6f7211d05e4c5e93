-- Saving new evidence for the level one already has edits the newest self-assessment instead of
-- adding a second history entry at the same level; this records when its evidence was last edited.
-- (Every foreign key to account(id) already cascades, or sets null for the assessor of a level:
-- nothing else to fix for account deletion.)
alter table skill_assessment add column evidence_edited_at timestamptz;
