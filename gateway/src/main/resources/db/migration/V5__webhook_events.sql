-- Stream webhook events, each stored once. event_key is Stream's X-Webhook-Id (stable across retries),
-- or 'sha256:<hex of the body>' when a delivery has none. Shared by every instance: a redelivery that
-- reaches another instance is still recognised.
create table webhook_events (
    seq           bigserial    primary key,
    event_key     varchar(200) not null unique,
    event_type    varchar(100) not null,
    attempt       integer,
    deliveries    integer      not null,
    received_at   timestamptz  not null,
    -- PROCESSING: claimed by a delivery; DONE: effects applied; FAILED: the next delivery retries them
    state         varchar(16)  not null check (state in ('PROCESSING', 'DONE', 'FAILED')),
    claimed_at    timestamptz  not null,
    processed_at  timestamptz,
    payload       jsonb        not null
);
-- the admin listing filtered by type, newest first
create index webhook_events_type_seq_idx on webhook_events (event_type, seq);
