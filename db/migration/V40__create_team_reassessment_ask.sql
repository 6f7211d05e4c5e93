-- What a request to reassess asked each member: only that member's own stale skills among those
-- the lead chose (team_reassessment_request keeps the union of skills and the members asked).
create table team_reassessment_ask (
    request_id  uuid          not null references team_reassessment_request (id) on delete cascade,
    account_id  uuid          not null references account (id) on delete cascade,
    skill_codes varchar(60)[] not null check (cardinality(skill_codes) >= 1),
    primary key (request_id, account_id)
);

create index team_reassessment_ask_account_idx on team_reassessment_ask (account_id);

-- requests made before: each member asked was asked about every skill of the request
insert into team_reassessment_ask (request_id, account_id, skill_codes)
select r.id, m.member, r.skill_codes
from team_reassessment_request r cross join lateral unnest(r.member_ids) as m(member)
where cardinality(r.skill_codes) >= 1 and exists (select 1 from account a where a.id = m.member)
on conflict do nothing;
