-- Login throttling, shared by every instance of the app. One row per bucket:
--   'account:<hash>'  attempts for an account (SHA-256 of its email) from clients without a device cookie for it,
--   'device:<id>'     attempts from one trusted device (a valid device cookie for the account),
--   'address:<ip>'    attempts from one client address without a device cookie.
-- attempts counts the attempts since the last success (each attempt is counted before its
-- password is checked, so parallel guesses cannot slip through); rows whose last attempt is
-- older than an hour are deleted.
create table login_throttle (
    bucket          varchar(300) primary key,
    attempts        integer      not null check (attempts >= 0),
    last_attempt_at timestamptz  not null,
    locked_until    timestamptz  not null
);

create index login_throttle_last_attempt_idx on login_throttle (last_attempt_at);

-- Registrations per client address in the current window (fixed windows, one row per address).
create table registration_throttle (
    address           varchar(100) primary key,
    window_started_at timestamptz  not null,
    attempts          integer      not null check (attempts >= 0)
);

create index registration_throttle_window_idx on registration_throttle (window_started_at);

-- The key that signs device cookies: generated once by the first instance that needs it, then
-- read by every instance (unless skillgap.security.login.device-secret is set).
create table login_device_secret (
    id         smallint    primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null default now()
);
