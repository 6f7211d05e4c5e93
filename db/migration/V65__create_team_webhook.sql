-- A team's chat webhook (Slack-compatible or Microsoft Teams). The address is a secret: kept encrypted
-- (AES-GCM, platform/Secrets), shown masked, never logged.
create table team_webhook (
    team_id    uuid primary key references team (id) on delete cascade,
    kind       varchar(6)   not null check (kind in ('slack', 'teams')),
    url_sealed text         not null,
    url_masked varchar(300) not null,
    locale     varchar(2)   not null default 'en',
    created_by uuid references account (id) on delete set null,
    created_at timestamptz  not null default now()
);

-- Every message to a team's chat: pending until the chat took it (2xx), retried with a growing wait,
-- failed after the last try, cancelled when the team disconnects. dedupe_key: one message per event.
create table webhook_delivery (
    id              bigint generated always as identity primary key,
    team_id         uuid         not null references team (id) on delete cascade,
    event           varchar(40)  not null,
    dedupe_key      varchar(200) not null unique,
    payload         jsonb        not null,
    status          varchar(10)  not null default 'pending'
        check (status in ('pending', 'delivered', 'failed', 'cancelled')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_status     integer,
    last_error      varchar(300),
    created_at      timestamptz  not null default now(),
    delivered_at    timestamptz
);

create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_team_idx on webhook_delivery (team_id, created_at desc);
