package com.peerloop.gateway.feed;

import com.peerloop.gateway.personaldata.Erasure;
import com.peerloop.gateway.personaldata.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateway's index of a user's bookmarks: exported as the bookmarked activity ids, erased with the user (the
 * bookmarks themselves are Stream's and go with the user's feed data there).
 */
@Component
class BookmarkPersonalData implements PersonalData {

    private final BookmarkRepository bookmarks;

    BookmarkPersonalData(BookmarkRepository bookmarks) {
        this.bookmarks = bookmarks;
    }

    @Override
    public String name() {
        return "bookmarks";
    }

    @Override
    public Phase phase() {
        return Phase.KEPT;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(String userId) {
        List<Map<String, Object>> rows = bookmarks.ofUser(userId).stream()
                .map(bookmark -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("activityId", bookmark.activityId());
                    row.put("bookmarkedAt", bookmark.bookmarkedAt().toString());
                    return row;
                })
                .toList();
        return Map.of("bookmarks", rows);
    }

    @Override
    @Transactional
    public void erase(Erasure erasure) {
        bookmarks.deleteOfUser(erasure.userId());
    }
}
