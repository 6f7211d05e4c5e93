-- Where a suggestion came from, named wherever it is shown: a mentor ('mentor') or a team lead
-- through a team's training plan ('team', with the team and its name when suggested, kept if
-- the team is deleted). Suggestions sent through a team so far are found in team_suggestion.
alter table plan_suggestion add column source varchar(6) not null default 'mentor'
    check (source in ('mentor', 'team'));
alter table plan_suggestion add column source_team_id uuid;
alter table plan_suggestion add column source_team_name varchar(100);

update plan_suggestion s set source = 'team', source_team_id = ts.team_id, source_team_name = t.name
from team_suggestion ts join team t on t.id = ts.team_id
where ts.suggestion_id = s.id;
