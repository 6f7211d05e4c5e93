-- A person's private calendar feed: the SHA-256 of its secret token (the token itself is shown once).
create table calendar_feed (
    account_id uuid primary key references account (id) on delete cascade,
    token_hash char(64)    not null unique,
    created_at timestamptz not null default now()
);
