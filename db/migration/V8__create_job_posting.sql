-- Job postings a user saved to compare and to track their fit to over time. The analysis is
-- not stored: it is recomputed from the text, so dictionary improvements apply to old postings.
create table job_posting (
    id         uuid primary key,
    account_id uuid         not null references account (id) on delete cascade,
    title      varchar(200) not null,
    text       text         not null check (length(text) <= 20000),
    created_at timestamptz  not null default now()
);

create index job_posting_account_idx on job_posting (account_id, created_at desc);
