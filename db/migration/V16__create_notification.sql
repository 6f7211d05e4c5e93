-- What a person is told in the app (the bell): invitations, acceptances, validations, review
-- requests, reviews, replies, suggestions. The words are rendered in the reader's language
-- when read, from kind and arguments.
create table notification (
    id           bigint generated always as identity primary key,
    recipient_id uuid        not null references account (id) on delete cascade,
    kind         varchar(40) not null,
    actor_name   varchar(100),
    arguments    jsonb       not null default '{}',
    link         varchar(300),
    created_at   timestamptz not null default now(),
    read_at      timestamptz,
    mailed_at    timestamptz
);

create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
