-- The answers of POST requests that carried an Idempotency-Key, so that a repeat (a double
-- click, a retry after a lost answer, a load balancer retrying on another instance) gets the
-- first answer instead of doing the thing twice. The row is inserted at the start of the
-- request's transaction and completed with the answer in that same transaction: a concurrent
-- repeat of the same key waits on the unique key until the first commits, then reads its
-- answer; if the first fails (rolled back, or its instance died) the repeat runs itself.
-- scope is 'account:<id>' for a logged-in caller, 'address:<client address>' otherwise.
-- Only 2xx answers are kept (an error changed nothing); rows are purged after 24 hours. When an
-- account is deleted its answers are deleted with it, but for the one to the deletion itself
-- (no body), which a repeat of that request still gets (account_id set null).
create table idempotency_key (
    scope        varchar(120)  not null,
    key          varchar(255)  not null,
    account_id   uuid references account (id) on delete set null,
    fingerprint  varchar(64)   not null,
    status       smallint,
    content_type varchar(200),
    location     varchar(2000),
    body         bytea,
    created_at   timestamptz   not null default now(),
    primary key (scope, key)
);

create index idempotency_key_created_idx on idempotency_key (created_at);
create index idempotency_key_account_idx on idempotency_key (account_id) where account_id is not null;
