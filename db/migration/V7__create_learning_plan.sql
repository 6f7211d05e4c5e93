-- A learner's plan: items in their order, moving planned -> in-progress -> done (or dropped).
create table learning_plan_item (
    account_id    uuid        not null references account (id) on delete cascade,
    item_code     varchar(80) not null references learning_item (code),
    position      integer     not null,
    status        varchar(12) not null default 'planned'
                  check (status in ('planned', 'in-progress', 'done', 'dropped')),
    target_date   date,
    hours_logged  numeric(7, 1) not null default 0 check (hours_logged >= 0),
    added_at      timestamptz not null default now(),
    started_at    timestamptz,
    completed_at  timestamptz,
    primary key (account_id, item_code)
);

-- Hours spent, as logged; the plan item's hours_logged is their sum.
create table learning_hours_log (
    id         bigint generated always as identity primary key,
    account_id uuid         not null references account (id) on delete cascade,
    item_code  varchar(80)  not null references learning_item (code),
    hours      numeric(5, 1) not null check (hours > 0 and hours <= 24),
    logged_on  date         not null,
    logged_at  timestamptz  not null default now()
);

create index learning_hours_log_account_idx on learning_hours_log (account_id, logged_on);

-- A learner's goal: a target role by a target date.
create table learning_goal (
    account_id  uuid        primary key references account (id) on delete cascade,
    role_code   varchar(60) not null references role_profile (code),
    target_date date        not null,
    set_at      timestamptz not null default now()
);

-- The role a learner says they hold now (the career path starts there; default: best fit).
create table career_position (
    account_id uuid        primary key references account (id) on delete cascade,
    role_code  varchar(60) not null references role_profile (code),
    set_at     timestamptz not null default now()
);
