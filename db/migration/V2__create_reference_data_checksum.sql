-- Which version of each reference data file (db/reference/*.yaml) was last applied, so
-- that an unchanged file is not applied again on start.
create table reference_data_checksum (
    file       varchar(100) primary key,
    checksum   varchar(64)  not null,
    applied_at timestamptz  not null default now()
);
