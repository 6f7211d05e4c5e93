-- db-scheduler's table (its PostgreSQL schema, as shipped with db-scheduler 16): one row per scheduled run of
-- a job, claimed by exactly one instance (platform/JobScheduler).
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Every run of a job: when it was scheduled for, which instance ran it, how it ended.
create table job_run (
    id            bigint generated always as identity primary key,
    job           varchar(60)  not null,
    scheduled_for timestamptz  not null,
    instance      varchar(200) not null,
    started_at    timestamptz  not null,
    finished_at   timestamptz,
    outcome       varchar(10) check (outcome in ('done', 'failed'))
);

create index job_run_job_idx on job_run (job, scheduled_for);

-- Keys the application generates once and shares between instances (signing, encryption), by purpose,
-- unless SKILLGAP_SECRET_KEY is set (then they are derived from it and nothing is stored here).
create table app_secret (
    purpose    varchar(60) primary key,
    secret     bytea       not null,
    created_at timestamptz not null default now()
);
