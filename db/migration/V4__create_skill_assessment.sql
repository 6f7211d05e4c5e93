-- Every level a person was given for a skill, newest last. The current level is the newest
-- row per (account, skill); older rows are the history and are never updated.
create table skill_assessment (
    id                 bigint generated always as identity primary key,
    account_id         uuid        not null references account (id) on delete cascade,
    skill_code         varchar(60) not null references skill (code),
    level              smallint    not null check (level between 0 and 5),
    source             varchar(20) not null check (source in ('self', 'mentor', 'learning-item')),
    evidence           text check (length(evidence) <= 2000),
    evidence_url       text check (length(evidence_url) <= 2000),
    assessed_by        uuid references account (id) on delete set null,
    learning_item_code varchar(80),
    assessed_at        timestamptz not null default now()
);

create index skill_assessment_current_idx on skill_assessment (account_id, skill_code, assessed_at desc, id desc);
create index skill_assessment_history_idx on skill_assessment (account_id, assessed_at, id);
