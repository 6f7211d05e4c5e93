-- The learning catalog, filled from db/reference/learning-items.yaml on start.
create table learning_item (
    code      varchar(80) primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind      varchar(20) not null check (kind in ('certification', 'exam', 'course', 'book', 'lab', 'documentation')),
    title_en  text        not null,
    title_ja  text        not null,
    provider  text        not null,
    url       text,
    languages varchar(2)[] not null,
    hours     integer     not null check (hours > 0),
    cost      varchar(4)  not null check (cost in ('free', 'paid')),
    position  integer     not null
);

-- Which skill levels an item raises: from from_level to to_level.
create table learning_item_skill (
    item_code  varchar(80) not null references learning_item (code) on delete cascade,
    skill_code varchar(60) not null references skill (code),
    from_level smallint    not null check (from_level between 0 and 4),
    to_level   smallint    not null check (to_level between 1 and 5),
    primary key (item_code, skill_code),
    check (to_level > from_level)
);
