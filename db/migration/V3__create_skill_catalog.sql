-- The skill taxonomy, filled from db/reference/skills.yaml on start.
create table skill_scale_level (
    level          smallint primary key check (level between 0 and 5),
    name_en        text not null,
    name_ja        text not null,
    description_en text not null,
    description_ja text not null,
    itss           varchar(10) not null,
    sfia           varchar(10) not null
);

create table skill_category (
    code     varchar(60) primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en  text not null,
    name_ja  text not null,
    position smallint not null
);

create table skill (
    code           varchar(60) primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category_code  varchar(60) not null references skill_category (code),
    name_en        text not null,
    name_ja        text not null,
    description_en text not null,
    description_ja text not null,
    position       smallint not null
);

create table skill_level (
    skill_code     varchar(60) not null references skill (code) on delete cascade,
    level          smallint    not null check (level between 0 and 5),
    description_en text not null,
    description_ja text not null,
    primary key (skill_code, level)
);

-- Job-posting term dictionary: words that signal a skill in a posting.
create table skill_term (
    skill_code varchar(60) not null references skill (code) on delete cascade,
    language   varchar(2)  not null check (language in ('en', 'ja')),
    term       text        not null,
    primary key (skill_code, language, term)
);
