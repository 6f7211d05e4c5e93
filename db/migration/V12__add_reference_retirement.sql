-- Reference data removed from db/reference/*.yaml is retired, not deleted: user data (plans,
-- assessment history, goals) may still refer to it. A retired row is hidden from catalogs,
-- recommendations, learning paths, career steps and fit; it comes back (retired_at cleared)
-- when its code is applied again.
alter table skill add column retired_at timestamptz;
alter table role_profile add column retired_at timestamptz;
alter table learning_item add column retired_at timestamptz;

-- A counter bumped by every application of a reference file, in the applying transaction, so
-- that each app instance can tell, with one tiny query, whether the reference data it holds in
-- memory is still the current one (see db/reference/README.md).
create table reference_data_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);

insert into reference_data_version (version) values (0);
