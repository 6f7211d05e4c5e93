-- What a notification is about (the mentorship, review, suggestion... that caused it), so
-- that an event delivered twice (the event publication registry delivers at least once)
-- gives one notification: the listener inserts "on conflict do nothing". A unique index
-- rather than a check before the insert, because a redelivery may run while the first
-- delivery is still in its transaction.
alter table notification add column source_key varchar(200);

create unique index notification_source_uq on notification (recipient_id, kind, source_key)
    where source_key is not null;
