-- Accounts: every person who logs in. Emails are unique case-insensitively.
create table account (
    id            uuid primary key,
    email         varchar(254) not null,
    display_name  varchar(100) not null,
    password_hash varchar(255) not null,
    locale        varchar(2)   not null check (locale in ('ja', 'en')),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

create unique index account_email_key on account (lower(email));
