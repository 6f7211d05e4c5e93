-- Teams planning training. Anyone creates a team and becomes its lead; leads invite people
-- by email and they accept (consent, as with mentors). team_member keeps every invitation
-- and membership with its history: pending and active rows count, declined, left and
-- removed rows are the team's history (a former member sees nothing).
create table team (
    id         uuid primary key,
    name       varchar(100) not null check (length(btrim(name)) > 0),
    created_by uuid references account (id) on delete set null,
    created_at timestamptz  not null default now()
);

create table team_member (
    id            uuid primary key,
    team_id       uuid         not null references team (id) on delete cascade,
    -- null while no account has the invited email; the invitation waits for that address
    account_id    uuid references account (id) on delete cascade,
    invited_email varchar(254),
    role          varchar(6)   not null check (role in ('lead', 'member')),
    status        varchar(8)   not null check (status in ('pending', 'active', 'declined', 'left', 'removed')),
    invited_by    uuid references account (id) on delete set null,
    created_at    timestamptz  not null default now(),
    answered_at   timestamptz,
    ended_at      timestamptz,
    ended_by      uuid references account (id) on delete set null,
    -- the member's target role on this team: their own goal (source 'own') or one a lead proposed
    target_role   varchar(60),
    target_source varchar(4) check (target_source in ('own', 'lead')),
    check (account_id is not null or invited_email is not null)
);

-- one open (pending or active) row per team and person, and per team and waiting address
create unique index team_member_open_account_key on team_member (team_id, account_id)
    where status in ('pending', 'active') and account_id is not null;
create unique index team_member_open_email_key on team_member (team_id, lower(invited_email))
    where status in ('pending', 'active') and account_id is null;
create index team_member_account_idx on team_member (account_id, status);
create index team_member_team_idx on team_member (team_id, status, role);
create index team_member_waiting_email_idx on team_member (lower(invited_email)) where account_id is null;

-- What the team needs: a role mix (2 infrastructure, 3 server, 1 DevOps)...
create table team_role_mix (
    team_id   uuid        not null references team (id) on delete cascade,
    role_code varchar(60) not null,
    headcount integer     not null check (headcount between 1 and 10000),
    primary key (team_id, role_code)
);

-- ...and/or coverage targets per skill: at least `required` people at level >= target_level.
-- Skills with no row here take their default from the role mix and the role profiles.
create table team_coverage_target (
    team_id      uuid        not null references team (id) on delete cascade,
    skill_code   varchar(60) not null,
    target_level integer     not null check (target_level between 1 and 5),
    required     integer     not null check (required between 0 and 10000),
    primary key (team_id, skill_code)
);

-- A lead asked the members to reassess (stale assessments); one row per request.
create table team_reassessment_request (
    id           uuid primary key,
    team_id      uuid          not null references team (id) on delete cascade,
    requested_by uuid references account (id) on delete set null,
    skill_codes  varchar(60)[] not null,
    member_ids   uuid[]        not null,
    created_at   timestamptz   not null default now()
);
