package com.peerloop.fakestream;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A secondary index of a {@link Table}: index key → primary keys of the rows having it, ordered by the rows'
 * insertion ordinals so that lookups come out in table order. Only its table changes it, under the table's lock.
 */
final class TableIndex<V> {

    private final Function<V, ? extends Collection<String>> keys;
    private final Map<String, NavigableMap<Long, String>> postings = new HashMap<>();

    TableIndex(Function<V, ? extends Collection<String>> keys) {
        this.keys = keys;
    }

    /** The primary keys having index key {@code key}, in table order (a live view; copy before changing the table). */
    Collection<String> keysFor(String key) {
        NavigableMap<Long, String> posting = postings.get(key);
        return posting == null ? List.of() : posting.values();
    }

    /** Moves row {@code primary} from the keys of {@code before} to those of {@code after} ({@code null}: no row). */
    void update(String primary, long ordinal, V before, V after) {
        Set<String> old = keysOf(before);
        Set<String> now = keysOf(after);
        for (String key : old) {
            if (!now.contains(key)) {
                NavigableMap<Long, String> posting = postings.get(key);
                posting.remove(ordinal);
                if (posting.isEmpty()) {
                    postings.remove(key);
                }
            }
        }
        for (String key : now) {
            if (!old.contains(key)) {
                postings.computeIfAbsent(key, k -> new TreeMap<>()).put(ordinal, primary);
            }
        }
    }

    void clear() {
        postings.clear();
    }

    private Set<String> keysOf(V value) {
        Set<String> result = new LinkedHashSet<>();
        Collection<String> found = value == null ? null : keys.apply(value);
        if (found != null) {
            found.stream().filter(key -> key != null).forEach(result::add);
        }
        return result;
    }
}
