-- Posting analyses per account in the current window (fixed windows, one row per account), shared by
-- every instance of the app: reading a long posting costs CPU, so each person gets
-- skillgap.postings.throttle.max-per-window analyses (pasted or saved) per window.
create table posting_analysis_throttle (
    account_id        uuid        primary key references account (id) on delete cascade,
    window_started_at timestamptz not null,
    analyses          integer     not null check (analyses >= 0)
);

create index posting_analysis_throttle_window_idx on posting_analysis_throttle (window_started_at);
