package dev.skillgap.learning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used memo for the recommender, which is a pure function of the
 * target role, the levels of the skills it requires and the items left out: equal inputs
 * give equal results, and the catalog does not change while the app runs, so an entry
 * never goes stale. It spares recomputing the path over a large catalog each time a
 * learner opens a page.
 */
final class ResultCache<K, V> {

	private final Map<K, V> entries;

	ResultCache(int capacity) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}

		};
	}

	V get(K key, Function<K, V> compute) {
		synchronized (this.entries) {
			V cached = this.entries.get(key);
			if (cached != null) {
				return cached;
			}
		}
		V value = compute.apply(key);
		synchronized (this.entries) {
			this.entries.put(key, value);
		}
		return value;
	}

}
