package com.peerloop.fakestream;

import java.util.List;
import java.util.Optional;

/** Feeds and their members. Methods here change only what they name (no cascading), which suits drift tests. */
public final class FeedState {

    private final Table<StoredFeed> feeds;
    private final Table<StoredMember> members;
    private final TableIndex<StoredMember> membersByFeed;

    FeedState(Object lock) {
        this.feeds = new Table<>(lock);
        this.members = new Table<>(lock);
        this.membersByFeed = members.indexBy(StoredMember::fid);
    }

    /** A feed by fid, e.g. {@code user:alice}. */
    public Optional<StoredFeed> get(String fid) {
        return feeds.get(fid);
    }

    public List<StoredFeed> all() {
        return feeds.all();
    }

    public void put(StoredFeed feed) {
        feeds.put(feed.fid(), feed);
    }

    /** Removes the feed only (members, follows and activities stay). */
    public boolean remove(String fid) {
        return feeds.remove(fid);
    }

    /** The feed's members in the order they were added. */
    public List<StoredMember> members(String fid) {
        return members.where(membersByFeed, fid);
    }

    /** How many members the feed has (pending ones included): its {@code member_count}. */
    public int countMembers(String fid) {
        return members.count(membersByFeed, fid);
    }

    public Optional<StoredMember> member(String fid, String userId) {
        return members.get(memberKey(fid, userId));
    }

    public boolean isMember(String fid, String userId) {
        return member(fid, userId).isPresent();
    }

    public void putMember(StoredMember member) {
        members.put(memberKey(member.fid(), member.userId()), member);
    }

    public boolean removeMember(String fid, String userId) {
        return members.remove(memberKey(fid, userId));
    }

    void removeMembers(String fid) {
        members.removeWhere(membersByFeed, fid);
    }

    void clear() {
        feeds.clear();
        members.clear();
    }

    private static String memberKey(String fid, String userId) {
        return fid + "|" + userId;
    }
}
