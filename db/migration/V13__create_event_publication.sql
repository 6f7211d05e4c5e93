-- Events between modules: the Spring Modulith event publication registry (JDBC, schema v2 as shipped in
-- spring-modulith-events-jdbc 2.0.3, org/springframework/modulith/events/jdbc/schemas/v2/schema-postgresql.sql
-- and schema-postgresql-archive.sql, copied unchanged). One row per event and listener, written in the
-- transaction that publishes the event; it stays here until the listener succeeded, then moves to the archive
-- (spring.modulith.events.completion-mode=archive), which is pruned after a while (skillgap.events.*).
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE IF NOT EXISTS event_publication_archive
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_archive_serialized_event_hash_idx ON event_publication_archive USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_archive_by_completion_date_idx ON event_publication_archive (completion_date);

-- The activity module's read model: each learner's latest activity (a skill level they recorded, a plan item
-- added or completed, a goal set), kept by listening to those events. Only ever moves forward in time, so a
-- redelivered or late event changes nothing.
create table account_activity (
    account_id       uuid        primary key references account (id) on delete cascade,
    last_activity_at timestamptz not null,
    kind             varchar(30) not null
                     check (kind in ('skill-level-recorded', 'plan-item-added', 'plan-item-completed', 'goal-set')),
    subject          varchar(80) not null,
    updated_at       timestamptz not null default now()
);
