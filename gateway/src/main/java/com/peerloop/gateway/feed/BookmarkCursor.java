package com.peerloop.gateway.feed;

import com.peerloop.gateway.paging.Cursors;
import com.peerloop.gateway.web.Problems;
import java.util.List;

/**
 * Where a bookmark listing goes on: the size of the batches it reads from Stream, how many of the batch at
 * Stream's cursor were already looked at, and that cursor (empty for Stream's first batch).
 */
record BookmarkCursor(int batch, int skip, String streamNext) {

    private static final String KIND = "bookmarks";

    String encode() {
        return Cursors.encode(
                KIND, Integer.toString(batch), Integer.toString(skip), streamNext == null ? "" : streamNext);
    }

    /** The cursor, or a 400 {@code validation_failed} of {@code next} when the listing did not give it out. */
    static BookmarkCursor decode(String cursor) {
        List<String> fields = Cursors.decode(KIND, 3, cursor).orElseThrow(BookmarkCursor::invalid);
        try {
            int batch = Integer.parseInt(fields.get(0));
            int skip = Integer.parseInt(fields.get(1));
            if (batch < 1 || batch > BookmarkService.MAX_BATCH || skip < 0 || skip > batch) {
                throw invalid();
            }
            return new BookmarkCursor(batch, skip, fields.get(2).isEmpty() ? null : fields.get(2));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static RuntimeException invalid() {
        return Problems.validation("next", "is not a cursor this listing gave out");
    }
}
