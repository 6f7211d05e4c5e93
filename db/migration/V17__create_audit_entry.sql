-- Who saw or changed what about a person: validations, relationship changes, suggestions,
-- reviews, and views of their data by others (at most one 'viewed' entry per viewer and hour).
-- Entries outlive the relationship; actor_name keeps the name if the actor's account is deleted.
create table audit_entry (
    id          bigint generated always as identity primary key,
    subject_id  uuid         not null references account (id) on delete cascade,
    actor_id    uuid references account (id) on delete set null,
    actor_name  varchar(100) not null,
    action      varchar(40)  not null,
    detail      jsonb        not null default '{}',
    at          timestamptz  not null default now(),
    view_hour   timestamptz
);

create index audit_entry_subject_idx on audit_entry (subject_id, at desc);
create unique index audit_entry_view_key on audit_entry (subject_id, actor_id, view_hour) where view_hour is not null;
