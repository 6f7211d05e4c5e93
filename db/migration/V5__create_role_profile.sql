-- The six role profiles from the article, filled from db/reference/roles.yaml on start.
create table role_profile (
    code          varchar(60) primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en       text not null,
    name_ja       text not null,
    summary_en    text not null,
    summary_ja    text not null,
    article_lines text not null,
    position      smallint not null
);

create table role_requirement (
    role_code    varchar(60) not null references role_profile (code) on delete cascade,
    skill_code   varchar(60) not null references skill (code),
    target_level smallint    not null check (target_level between 1 and 5),
    weight       smallint    not null check (weight between 1 and 3),
    rationale_en text        not null,
    rationale_ja text        not null,
    position     smallint    not null,
    primary key (role_code, skill_code)
);

-- The career steps the article names (lines 30-34).
create table role_next_step (
    role_code      varchar(60) not null references role_profile (code) on delete cascade,
    next_role_code varchar(60) not null references role_profile (code) on delete cascade,
    primary key (role_code, next_role_code)
);

-- Duty phrases that signal the role in a job posting (article lines 84-88).
create table role_posting_duty (
    role_code varchar(60) not null references role_profile (code) on delete cascade,
    language  varchar(2)  not null check (language in ('en', 'ja')),
    phrase    text        not null,
    primary key (role_code, language, phrase)
);
