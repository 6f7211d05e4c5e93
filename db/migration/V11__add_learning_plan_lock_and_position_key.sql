-- One row per learner with a plan. Every write that moves positions in a plan (adding, reordering,
-- removing an item) first locks this row (select ... for update, creating it on first use), so that
-- such writes run one after the other for a learner instead of deadlocking or sharing a position.
create table learning_plan (
    account_id uuid        primary key references account (id) on delete cascade,
    created_at timestamptz not null default now()
);

insert into learning_plan (account_id)
select distinct account_id from learning_plan_item;

-- Concurrent writes before this migration could leave two items on one position: number every plan
-- 0..n-1 in the order it is shown (position, then the time the item was added).
update learning_plan_item item
set position = numbered.position
from (select account_id, item_code,
             (row_number() over (partition by account_id order by position, added_at, item_code) - 1)::integer
                 as position
      from learning_plan_item) numbered
where item.account_id = numbered.account_id
  and item.item_code = numbered.item_code
  and item.position <> numbered.position;

-- One item per position. Deferred to the end of the transaction, as a reorder or a removal moves
-- items over positions that others still hold until the same transaction moves them too.
alter table learning_plan_item
    add constraint learning_plan_item_position_key unique (account_id, position)
        deferrable initially deferred;
