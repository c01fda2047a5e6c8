-- A webhook event's effects are applied after the delivery is answered, by a poller that claims due
-- events (FOR UPDATE SKIP LOCKED, under a lease) and retries failures with backoff.
-- PENDING: effects not yet applied (due at next_attempt_at); DONE: applied; FAILED: parked after
-- too many attempts. Events a delivery had claimed or failed under V5 become pending, due at once.
alter table webhook_events drop constraint webhook_events_state_check;
update webhook_events set state = 'PENDING' where state in ('PROCESSING', 'FAILED');
alter table webhook_events add constraint webhook_events_state_check
    check (state in ('PENDING', 'DONE', 'FAILED'));

alter table webhook_events
    drop column claimed_at,
    add column attempts        integer      not null default 0,
    add column next_attempt_at timestamptz,
    add column lease_owner     varchar(64),
    add column lease_until     timestamptz,
    add column last_error      varchar(64),
    -- the first delivery's request id, carried into the effects' audit entries
    add column request_id      varchar(128);
update webhook_events set next_attempt_at = received_at where state = 'PENDING';
alter table webhook_events add constraint webhook_events_pending_due_check
    check (state <> 'PENDING' or next_attempt_at is not null);

-- the poller's claim: pending events by due time
create index webhook_events_due_idx on webhook_events (next_attempt_at, seq) where state = 'PENDING';
-- the parked events, for the gauge and the listing
create index webhook_events_parked_idx on webhook_events (seq) where state = 'FAILED';
