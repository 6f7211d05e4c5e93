-- Which plan suggestions a team lead sent through a team (the training plan), so the team's
-- plan progress counts them; the suggestion itself (open, accepted, declined) is the learning
-- module's plan_suggestion.
create table team_suggestion (
    suggestion_id uuid primary key references plan_suggestion (id) on delete cascade,
    team_id       uuid        not null references team (id) on delete cascade,
    item_code     varchar(80) not null,
    suggested_by  uuid references account (id) on delete set null,
    created_at    timestamptz not null default now()
);

create index team_suggestion_team_idx on team_suggestion (team_id, item_code);
