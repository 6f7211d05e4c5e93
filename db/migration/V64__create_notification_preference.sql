-- How each person wants each kind of notification (absent: the kind's default): in the app only, also by
-- mail at once, or in a daily or weekly digest.
create table notification_preference (
    account_id uuid        not null references account (id) on delete cascade,
    kind       varchar(40) not null,
    delivery   varchar(6)  not null check (delivery in ('app', 'mail', 'daily', 'weekly')),
    updated_at timestamptz not null default now(),
    primary key (account_id, kind)
);

-- A notification that went out in a digest mail.
alter table notification add column digested_at timestamptz;

-- Each digest sent, once per person and period ('daily:2026-03-02', 'weekly:2026-03-02').
create table digest_sent (
    account_id uuid        not null references account (id) on delete cascade,
    period     varchar(20) not null,
    sent_at    timestamptz not null default now(),
    primary key (account_id, period)
);
