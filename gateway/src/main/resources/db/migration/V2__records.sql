-- PeerLoop's records that gate the feeds: courses, who teaches them, who is enrolled, who bought what.
-- Ids follow the contract's identifier rule (1-64 of [A-Za-z0-9_-]); the API validates them.

create table courses (
    id          varchar(64)  primary key,
    creator_id  varchar(64)  not null,
    title       varchar(300) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
-- "which courses does this creator own" (sync, reconcile)
create index courses_creator_idx on courses (creator_id);

create table course_teachers (
    course_id  varchar(64) not null references courses (id),
    user_id    varchar(64) not null,
    added_at   timestamptz not null,
    primary key (course_id, user_id)
);
-- "which courses does this user teach" (reconcile); access checks use the primary key
create index course_teachers_user_idx on course_teachers (user_id);

create table enrollments (
    course_id    varchar(64) not null references courses (id),
    user_id      varchar(64) not null,
    status       varchar(16) not null check (status in ('ACTIVE', 'DROPPED')),
    enrolled_at  timestamptz not null,
    dropped_at   timestamptz,
    updated_at   timestamptz not null,
    primary key (course_id, user_id)
);
-- "which courses is this user actively enrolled in" (reconcile); access checks use the primary key
create index enrollments_active_user_idx on enrollments (user_id, course_id) where status = 'ACTIVE';
-- "who are the active members of this course" (reconcile of a course feed)
create index enrollments_active_course_idx on enrollments (course_id) where status = 'ACTIVE';

create table purchases (
    id            varchar(64) primary key,
    user_id       varchar(64) not null,
    creator_id    varchar(64) not null,
    course_id     varchar(64),
    purchased_at  timestamptz not null,
    refunded_at   timestamptz,
    updated_at    timestamptz not null
);
-- "does this user hold an unrefunded purchase from this creator" (instructor feed access)
create index purchases_active_user_creator_idx on purchases (user_id, creator_id) where refunded_at is null;
-- "who are this creator's purchasers" (reconcile of an instructor feed)
create index purchases_active_creator_idx on purchases (creator_id, user_id) where refunded_at is null;
