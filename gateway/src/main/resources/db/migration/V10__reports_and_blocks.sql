-- Reports of activities and comments, one per reporter and item. feed is the group:id whose moderators
-- review the report. stream_flagged: Stream's moderation flag was placed (or refused for good), so the
-- flagger does not try again.
create table reports (
    id              uuid         primary key,
    reporter_id     varchar(64)  not null,
    target_type     varchar(16)  not null check (target_type in ('activity', 'comment')),
    target_id       varchar(64)  not null,
    activity_id     varchar(64)  not null,
    author_id       varchar(64),
    feed            varchar(140) not null,
    reason          varchar(16)  not null check (reason in ('spam', 'harassment', 'inappropriate', 'other')),
    details         varchar(500),
    state           varchar(16)  not null check (state in ('open', 'dismissed', 'removed')),
    created_at      timestamptz  not null,
    resolved_at     timestamptz,
    resolved_by     varchar(64),
    stream_flagged  boolean      not null default false,
    flag_attempts   integer      not null default 0,
    -- when an attempt to flag at Stream last started: another attempt waits until the retry interval passed
    flag_claimed_at timestamptz,
    unique (reporter_id, target_type, target_id)
);
-- the review queue: a feed's reports in one state, newest first
create index reports_feed_state_idx on reports (feed, state, created_at desc, id desc);
-- reports of one item, resolved together
create index reports_target_idx on reports (target_type, target_id);
-- reports not yet flagged at Stream
create index reports_unflagged_idx on reports (created_at) where not stream_flagged;

-- Who has blocked whom. Blocking oneself is refused before it reaches the table.
create table user_blocks (
    blocker_id  varchar(64) not null,
    blocked_id  varchar(64) not null,
    created_at  timestamptz not null,
    primary key (blocker_id, blocked_id),
    check (blocker_id <> blocked_id)
);
