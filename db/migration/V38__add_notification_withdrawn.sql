-- A notification about something its author withdrew (a review, a suggestion, an invitation) is
-- kept, marked withdrawn (and read): the bell says so instead of linking to what is gone, and it
-- is not mailed any more. A withdrawal that is handled before the notification it withdraws
-- stores the notification withdrawn already, so that the late one adds nothing (same key).
alter table notification add column withdrawn_at timestamptz;
