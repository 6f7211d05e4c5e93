-- How long a credential of the learning catalog stays valid, as its provider publishes it (reference data).
alter table learning_item
    add column validity_months   smallint check (validity_months > 0),
    add column validity_lifetime boolean not null default false,
    add column renewal_en        text,
    add column renewal_ja        text;

-- Certifications people hold: from the catalog (item_code) or another by name, as evidence for the skills
-- they support.
create table certification (
    id               uuid primary key,
    account_id       uuid          not null references account (id) on delete cascade,
    item_code        varchar(80) references learning_item (code),
    name             varchar(200)  not null,
    issued_on        date          not null,
    expires_on       date check (expires_on >= issued_on),
    credential_id    varchar(200),
    verification_url varchar(2000),
    supports         varchar(60)[] not null default '{}',
    created_at       timestamptz   not null default now()
);

create index certification_account_idx on certification (account_id, expires_on);
-- the same certification issued on the same day is recorded once (recording it again is safe)
create unique index certification_same_uq on certification (account_id, coalesce(item_code, lower(name)), issued_on);

-- Each expiry reminder sent (90 and 30 days before, and at expiry), once per certification, expiry and stage.
create table certification_reminder (
    certification_id uuid        not null references certification (id) on delete cascade,
    expires_on       date        not null,
    stage            varchar(10) not null check (stage in ('90-days', '30-days', 'expired')),
    sent_at          timestamptz not null default now(),
    primary key (certification_id, expires_on, stage)
);
