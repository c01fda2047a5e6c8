package com.peerloop.fakestream;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An insertion-ordered map guarded by the state's single lock; the building block of every store.
 *
 * <p>Secondary indexes ({@link #index}) answer "the rows having index key K" without a scan. A lookup returns
 * exactly what the equivalent {@link #where(Predicate)} scan returns, in main-map order: a new key goes last, a
 * replaced key keeps its place (as in {@link LinkedHashMap}), even when the replacement gains an index key.
 */
final class Table<V> {

    private final Object lock;
    private final Map<String, Row<V>> rows = new LinkedHashMap<>();
    private final List<TableIndex<V>> indexes = new ArrayList<>();
    private long nextOrdinal;

    Table(Object lock) {
        this.lock = lock;
    }

    /**
     * Adds an index over the keys {@code keys} gives a row (several for a multi-valued field, none for a row that
     * should not be found; {@code null} elements are ignored). Existing rows are indexed at once. The function
     * must depend on the row's value alone.
     */
    TableIndex<V> index(Function<V, ? extends Collection<String>> keys) {
        synchronized (lock) {
            TableIndex<V> index = new TableIndex<>(keys);
            rows.forEach((key, row) -> index.update(key, row.ordinal(), null, row.value()));
            indexes.add(index);
            return index;
        }
    }

    /** An index over one key per row ({@code null}: the row is not indexed). */
    TableIndex<V> indexBy(Function<V, String> key) {
        return index(value -> Collections.singletonList(key.apply(value)));
    }

    Optional<V> get(String key) {
        synchronized (lock) {
            return Optional.ofNullable(value(rows.get(key)));
        }
    }

    List<V> all() {
        synchronized (lock) {
            return rows.values().stream().map(Row::value).toList();
        }
    }

    List<V> where(Predicate<V> filter) {
        synchronized (lock) {
            List<V> result = new ArrayList<>();
            rows.values().stream().map(Row::value).filter(filter).forEach(result::add);
            return result;
        }
    }

    /** The rows having index key {@code key}, in table order; what a scan for that key would return. */
    List<V> where(TableIndex<V> index, String key) {
        synchronized (lock) {
            Collection<String> keys = index.keysFor(key);
            List<V> result = new ArrayList<>(keys.size());
            keys.forEach(primary -> result.add(rows.get(primary).value()));
            return result;
        }
    }

    /** How many rows have index key {@code key}; builds no list. */
    int count(TableIndex<V> index, String key) {
        synchronized (lock) {
            return index.keysFor(key).size();
        }
    }

    void put(String key, V value) {
        synchronized (lock) {
            Row<V> old = rows.get(key);
            long ordinal = old == null ? nextOrdinal++ : old.ordinal();
            rows.put(key, new Row<>(ordinal, value));
            for (TableIndex<V> index : indexes) {
                index.update(key, ordinal, value(old), value);
            }
        }
    }

    boolean remove(String key) {
        synchronized (lock) {
            Row<V> old = rows.remove(key);
            unindex(key, old);
            return old != null;
        }
    }

    int removeWhere(Predicate<V> filter) {
        synchronized (lock) {
            int removed = 0;
            for (Iterator<Map.Entry<String, Row<V>>> it = rows.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Row<V>> entry = it.next();
                if (filter.test(entry.getValue().value())) {
                    it.remove();
                    unindex(entry.getKey(), entry.getValue());
                    removed++;
                }
            }
            return removed;
        }
    }

    /** Removes the rows having index key {@code key}; answers how many went. */
    int removeWhere(TableIndex<V> index, String key) {
        synchronized (lock) {
            List<String> doomed = List.copyOf(index.keysFor(key));
            doomed.forEach(this::remove);
            return doomed.size();
        }
    }

    void clear() {
        synchronized (lock) {
            rows.clear();
            indexes.forEach(TableIndex::clear);
        }
    }

    private void unindex(String key, Row<V> old) {
        if (old != null) {
            for (TableIndex<V> index : indexes) {
                index.update(key, old.ordinal(), old.value(), null);
            }
        }
    }

    private static <V> V value(Row<V> row) {
        return row == null ? null : row.value();
    }

    /** A stored value and its insertion ordinal, which orders index lookups like the main map. */
    private record Row<V>(long ordinal, V value) {}
}
