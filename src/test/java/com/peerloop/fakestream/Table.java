package com.peerloop.fakestream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** An insertion-ordered map guarded by the state's single lock; the building block of every store. */
final class Table<V> {

  private final Object lock;
  private final Map<String, V> rows = new LinkedHashMap<>();

  Table(Object lock) {
    this.lock = lock;
  }

  Optional<V> get(String key) {
    synchronized (lock) {
      return Optional.ofNullable(rows.get(key));
    }
  }

  List<V> all() {
    synchronized (lock) {
      return List.copyOf(rows.values());
    }
  }

  List<V> where(Predicate<V> filter) {
    synchronized (lock) {
      List<V> result = new ArrayList<>();
      rows.values().stream().filter(filter).forEach(result::add);
      return result;
    }
  }

  void put(String key, V value) {
    synchronized (lock) {
      rows.put(key, value);
    }
  }

  boolean remove(String key) {
    synchronized (lock) {
      return rows.remove(key) != null;
    }
  }

  int removeWhere(Predicate<V> filter) {
    synchronized (lock) {
      int before = rows.size();
      rows.values().removeIf(filter);
      return before - rows.size();
    }
  }

  void clear() {
    synchronized (lock) {
      rows.clear();
    }
  }
}
