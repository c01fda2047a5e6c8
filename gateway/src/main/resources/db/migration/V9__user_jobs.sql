-- Admin jobs on one user's personal data (package privacy): erasure and export. A job is worked on by one
-- instance at a time (claimed FOR UPDATE SKIP LOCKED under a lease), step by step; each step is safe to repeat,
-- so a job whose instance stopped half-way is resumed at the step it had reached.
create table user_jobs (
    id               varchar(36)  primary key,
    kind             varchar(8)   not null check (kind in ('ERASE', 'EXPORT')),
    -- the user's id while the job runs; a finished erasure keeps only the user's pseudonym
    user_id          varchar(64)  not null,
    state            varchar(8)   not null check (state in ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    -- the last step completed (0: none), and the Stream task the current step waits for
    step             integer      not null default 0,
    stream_task_id   varchar(100),
    -- failed attempts at the current step (parked as FAILED after max-attempts)
    attempts         integer      not null default 0,
    last_error       varchar(64),
    next_attempt_at  timestamptz  not null,
    lease_owner      varchar(64),
    lease_until      timestamptz,
    actor_id         varchar(64)  not null,
    request_id       varchar(128),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    finished_at      timestamptz,
    -- an export's document, until it is downloaded or expires_at passes
    document         jsonb,
    expires_at       timestamptz
);

-- the workers' claim: open jobs by due time
create index user_jobs_due_idx on user_jobs (next_attempt_at) where state in ('PENDING', 'RUNNING');
-- at most one open erasure per user: a second request answers the open one
create unique index user_jobs_open_erase_idx on user_jobs (user_id) where kind = 'ERASE' and state in ('PENDING', 'RUNNING');
-- a user's jobs (erasure removes their exports), and the purge of expired documents
create index user_jobs_user_idx on user_jobs (user_id);
create index user_jobs_expires_idx on user_jobs (expires_at) where document is not null;

-- The audit log stays append-only, except that an erasure replaces the erased user's id in actor_id and
-- target by their pseudonym ('erased-…'), in a transaction that first says so with
-- SET LOCAL peerloop.audit_pseudonymising = 'on'. Any other UPDATE is refused as before (even one matching no
-- row), nothing else about an entry can change, and none can be removed.
drop trigger audit_log_append_only on audit_log;

create trigger audit_log_append_only
    before delete or truncate on audit_log
    for each statement execute function audit_log_is_append_only();

create function audit_log_updates_only_pseudonymise() returns trigger
    language plpgsql as
$$
begin
    if coalesce(current_setting('peerloop.audit_pseudonymising', true), '') <> 'on' then
        raise exception 'audit_log is append-only: % is not allowed', tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return null;
end;
$$;

create trigger audit_log_updates_pseudonymise
    before update on audit_log
    for each statement execute function audit_log_updates_only_pseudonymise();

create function audit_log_only_pseudonymised() returns trigger
    language plpgsql as
$$
begin
    if new.id is distinct from old.id or new.at is distinct from old.at or new.action is distinct from old.action
       or new.reason is distinct from old.reason or new.request_id is distinct from old.request_id
       or (new.actor_id is distinct from old.actor_id and new.actor_id not like 'erased-%')
       or (new.target is distinct from old.target and new.target not like '%erased-%') then
        raise exception 'audit_log is append-only: only pseudonymisation may change an entry'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger audit_log_pseudonymise_only
    before update on audit_log
    for each row execute function audit_log_only_pseudonymised();
