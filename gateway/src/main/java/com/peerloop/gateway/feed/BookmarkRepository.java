package com.peerloop.gateway.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookmarkRepository extends JpaRepository<Bookmark, Bookmark.Key> {

    /** Which of these activities the user bookmarked. */
    @Query("select b.key.activityId from Bookmark b where b.key.userId = :userId and b.key.activityId in :ids")
    Set<String> bookmarkedAmong(@Param("userId") String userId, @Param("ids") Collection<String> activityIds);

    /** Adds the row unless it exists, without failing when a concurrent add got there first. */
    @Modifying
    @Query(
            value = "insert into bookmarks (user_id, activity_id, bookmarked_at) values (:userId, :activityId, :at)"
                    + " on conflict do nothing",
            nativeQuery = true)
    void insertIfAbsent(
            @Param("userId") String userId, @Param("activityId") String activityId, @Param("at") Instant at);

    /** Every user with at least one bookmark. */
    @Query("select distinct b.key.userId from Bookmark b")
    Set<String> bookmarkers();

    /** The user's rows, newest first, for an export. */
    @Query("select b from Bookmark b where b.key.userId = :userId order by b.bookmarkedAt desc")
    List<Bookmark> ofUser(@Param("userId") String userId);

    @Modifying
    @Query("delete from Bookmark b where b.key.userId = :userId")
    int deleteOfUser(@Param("userId") String userId);
}
