package com.peerloop.gateway.feed;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookmarkRepository extends JpaRepository<Bookmark, Bookmark.Key> {

    /** Which of these activities the user bookmarked. */
    @Query("select b.key.activityId from Bookmark b where b.key.userId = :userId and b.key.activityId in :ids")
    Set<String> bookmarkedAmong(@Param("userId") String userId, @Param("ids") Collection<String> activityIds);
}
