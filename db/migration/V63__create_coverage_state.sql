-- Whether each skill of each team met its coverage target when last looked at (teams/CoverageWatch), so that
-- a change (target met, target lost) is told once.
create table team_coverage_state (
    team_id    uuid        not null references team (id) on delete cascade,
    skill_code varchar(60) not null,
    met        boolean     not null,
    holders    integer     not null,
    required   integer     not null,
    changed_at timestamptz not null default now(),
    primary key (team_id, skill_code)
);
