package org.conflictmap.features;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values computed per (day, known_at, data version), least recently used first out. Thread-safe; two
 * callers missing the same key may both compute it.
 *
 * @param <T> the cached value
 */
final class DayCache<T> {

    private record Key(LocalDate day, LocalDate knownAt, String version) {
    }

    private final Map<Key, T> entries;

    DayCache(int capacity) {
        int max = Math.max(1, capacity);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, T> eldest) {
                return size() > max;
            }
        };
    }

    T get(LocalDate day, LocalDate knownAt, String version, Supplier<T> compute) {
        Key key = new Key(day, knownAt, version);
        synchronized (entries) {
            T cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        T computed = compute.get();
        synchronized (entries) {
            entries.put(key, computed);
        }
        return computed;
    }
}
