-- "Forgot password": single-use, expiring reset links. Only a SHA-256 hash of the token is kept,
-- so the table cannot be used to reset anybody's password.
create table password_reset (
    token_hash varchar(64) primary key,
    account_id uuid        not null references account (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index password_reset_account on password_reset (account_id);
