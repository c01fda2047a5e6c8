-- The transactional outbox of Stream changes implied by record changes (package sync).
-- A row is written in the same transaction as the record change, applied by a worker, and deleted once
-- Stream agrees; rows that keep failing stay with status FAILED until retried.

create table sync_intents (
    id               bigint generated always as identity primary key,
    action           varchar(16) not null check (action in ('FOLLOW', 'UNFOLLOW', 'ADD_MEMBER', 'REMOVE_MEMBER')),
    user_id          varchar(64) not null,
    feed_group       varchar(16) not null check (feed_group in ('course', 'instructor')),
    feed_id          varchar(64) not null,
    status           varchar(8)  not null default 'PENDING' check (status in ('PENDING', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    lease_owner      varchar(64),
    lease_until      timestamptz,
    last_error       varchar(64),
    request_id       varchar(128),
    created_at       timestamptz not null
);

-- the worker's claim: pending intents in id order (the due time is checked per row)
create index sync_intents_pending_idx on sync_intents (id) where status = 'PENDING';
-- "is an earlier or in-flight intent for this user and feed still pending" (order per user and feed)
create index sync_intents_key_idx on sync_intents (user_id, feed_group, feed_id, id) where status = 'PENDING';
-- status and retry of parked intents
create index sync_intents_failed_idx on sync_intents (id) where status = 'FAILED';
