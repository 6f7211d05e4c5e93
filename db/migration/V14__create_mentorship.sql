-- A learner (mentee) invites a mentor by email; nothing is visible until the mentor accepts.
-- mentor_id stays null while no account has the invited email; the invitation waits for
-- that address to register. Ended and declined rows are kept: they are the relationship's
-- history (the audit trail shows them), and a former mentor sees nothing.
create table mentorship (
    id            uuid primary key,
    mentee_id     uuid         not null references account (id) on delete cascade,
    mentor_id     uuid references account (id) on delete cascade,
    invited_email varchar(254) not null,
    status        varchar(10)  not null check (status in ('pending', 'active', 'declined', 'ended')),
    created_at    timestamptz  not null default now(),
    accepted_at   timestamptz,
    ended_at      timestamptz,
    ended_by      uuid references account (id) on delete set null
);

-- one open (pending or active) invitation per mentee and address
create unique index mentorship_open_key on mentorship (mentee_id, lower(invited_email))
    where status in ('pending', 'active');
create index mentorship_mentor_idx on mentorship (mentor_id, status);
create index mentorship_waiting_email_idx on mentorship (lower(invited_email)) where mentor_id is null;

-- A mentee asks chosen mentors to review chosen skills.
create table review_request (
    id            uuid primary key,
    mentorship_id uuid        not null references mentorship (id) on delete cascade,
    skill_codes   varchar(60)[] not null check (cardinality(skill_codes) between 1 and 50),
    note          text check (length(note) <= 2000),
    -- the requested skills the mentor has validated since the request; all of them closes it
    validated_codes varchar(60)[] not null default '{}',
    status        varchar(9)  not null default 'open' check (status in ('open', 'done', 'withdrawn')),
    created_at    timestamptz not null default now(),
    closed_at     timestamptz
);

create index review_request_mentorship_idx on review_request (mentorship_id, status);

-- Dated review notes a mentor writes on a mentee's progress (Markdown), and the replies.
create table mentor_review (
    id         uuid primary key,
    mentee_id  uuid        not null references account (id) on delete cascade,
    author_id  uuid references account (id) on delete set null,
    author_name varchar(100) not null,
    parent_id  uuid references mentor_review (id) on delete cascade,
    body       text        not null check (length(body) between 1 and 20000),
    created_at timestamptz not null default now(),
    edited_at  timestamptz,
    edited_by  uuid references account (id) on delete set null
);

create index mentor_review_mentee_idx on mentor_review (mentee_id, created_at);

-- Every edit of a review or reply: who, when, and the text before.
create table mentor_review_edit (
    id            bigint generated always as identity primary key,
    review_id     uuid        not null references mentor_review (id) on delete cascade,
    editor_id     uuid references account (id) on delete set null,
    editor_name   varchar(100) not null,
    previous_body text        not null,
    edited_at     timestamptz not null default now()
);
