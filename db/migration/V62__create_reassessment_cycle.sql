-- A person confirms a level unchanged (a reassessment that changes nothing): it counts as an update.
alter table skill_assessment add column confirmed_at timestamptz;

-- Reassessment cycles: a team's (set by its leads) or the organisation's (team_id null, set by admins),
-- optionally for some skill categories only. Each assessed skill of a member becomes due the cycle's
-- months after it was last assessed, confirmed or validated.
create table reassessment_cycle (
    id                 uuid primary key,
    team_id            uuid references team (id) on delete cascade,
    months             smallint      not null check (months between 1 and 60),
    categories         varchar(60)[] not null default '{}',
    remind_days_before smallint      not null default 14 check (remind_days_before between 0 and 90),
    lead_after_days    smallint      not null default 14 check (lead_after_days between 0 and 365),
    updated_by         uuid references account (id) on delete set null,
    updated_at         timestamptz   not null default now()
);

create unique index reassessment_cycle_team_uq on reassessment_cycle (team_id) where team_id is not null;
create unique index reassessment_cycle_organisation_uq on reassessment_cycle ((team_id is null)) where team_id is null;

-- Each reminder sent, once per person, skill, due date and stage: before the due date, once overdue, and
-- to the leads (team_id: whose leads) after the cycle's lead_after_days.
create table reassessment_reminder (
    account_id uuid        not null references account (id) on delete cascade,
    skill_code varchar(60) not null,
    due_on     date        not null,
    stage      varchar(10) not null check (stage in ('due', 'overdue', 'lead')),
    sent_at    timestamptz not null default now(),
    primary key (account_id, skill_code, due_on, stage)
);
