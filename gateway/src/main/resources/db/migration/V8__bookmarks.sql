-- The gateway's index of the bookmarks Stream holds, so that every activity it answers can say whether the
-- caller bookmarked it without asking Stream per activity. A row is written after Stream accepted the bookmark
-- and removed after Stream removed it. Ids follow the contract's identifier rule (1-64 of [A-Za-z0-9_-]).
create table bookmarks (
    user_id        varchar(64) not null,
    activity_id    varchar(64) not null,
    bookmarked_at  timestamptz not null,
    primary key (user_id, activity_id)
);
