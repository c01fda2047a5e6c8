package com.peerloop.gateway.feed;

import com.peerloop.gateway.stream.FeedModels.Actor;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Leaves out what users the reader blocked wrote: the one filter every read of this module applies. */
final class BlockedAuthors {

    private BlockedAuthors() {}

    /** Whether the item by this actor is hidden from a reader who blocked {@code blocked}. */
    static boolean hides(Set<String> blocked, Actor actor) {
        return actor != null && blocked.contains(actor.id());
    }

    /** The items whose actor the reader did not block, in their order. */
    static <T> List<T> without(Set<String> blocked, List<T> items, Function<T, Actor> actorOf) {
        if (blocked.isEmpty() || items == null) {
            return items;
        }
        return items.stream()
                .filter(item -> !hides(blocked, actorOf.apply(item)))
                .toList();
    }
}
