-- Either side may start a mentorship: a learner invites a mentor (offered_by 'mentee', as every
-- row so far) or a mentor offers to mentor someone (offered_by 'mentor'). The invited side's
-- account stays null while no account has the invited address (mentor_id for an invitation,
-- now also mentee_id for an offer) and is filled in when that address registers. Until the
-- invited side accepts, the inviter sees only the address they typed.
alter table mentorship add column offered_by varchar(6) not null default 'mentee'
    check (offered_by in ('mentee', 'mentor'));
alter table mentorship alter column mentee_id drop not null;
alter table mentorship add constraint mentorship_inviter_known
    check ((offered_by = 'mentee' and mentee_id is not null) or (offered_by = 'mentor' and mentor_id is not null));

-- one open invitation per learner and address, one open offer per mentor and address
drop index mentorship_open_key;
create unique index mentorship_open_invitation_key on mentorship (mentee_id, lower(invited_email))
    where offered_by = 'mentee' and status in ('pending', 'active');
create unique index mentorship_open_offer_key on mentorship (mentor_id, lower(invited_email))
    where offered_by = 'mentor' and status in ('pending', 'active');
create index mentorship_mentee_idx on mentorship (mentee_id, status);
create index mentorship_waiting_mentee_email_idx on mentorship (lower(invited_email)) where mentee_id is null;
