-- Learning items someone (a mentor, later a team lead) suggests for a learner's plan. They show
-- in the plan as "suggested by ..." until the learner accepts (the item joins the plan) or
-- declines. suggested_by_name keeps the name shown if that account is deleted.
create table plan_suggestion (
    id                uuid primary key,
    account_id        uuid         not null references account (id) on delete cascade,
    item_code         varchar(80)  not null references learning_item (code),
    note              text check (length(note) <= 2000),
    suggested_by      uuid references account (id) on delete set null,
    suggested_by_name varchar(100) not null,
    status            varchar(9)   not null default 'open' check (status in ('open', 'accepted', 'declined', 'withdrawn')),
    created_at        timestamptz  not null default now(),
    decided_at        timestamptz
);

-- one open suggestion per learner and item
create unique index plan_suggestion_open_key on plan_suggestion (account_id, item_code) where status = 'open';
create index plan_suggestion_by_idx on plan_suggestion (suggested_by, created_at);
