package com.peerloop.gateway.safety;

import java.util.List;

/**
 * Published after a moderator removed reported content and the reports were closed: each reporter is to be
 * told that what they reported was removed.
 *
 * @param reporterIds who reported it
 * @param kind        {@code activity} or {@code comment}
 * @param itemId      the removed item
 * @param activityId  the activity it was (the item itself, for an activity)
 * @param feed        the feed whose moderators reviewed it, {@code group:id}
 * @param moderatorId who removed it
 */
public record ReportedContentRemoved(
        List<String> reporterIds, String kind, String itemId, String activityId, String feed, String moderatorId) {}
