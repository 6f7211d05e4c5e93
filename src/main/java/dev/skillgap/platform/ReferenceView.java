package dev.skillgap.platform;

import java.util.function.Supplier;

/**
 * Something loaded from the reference tables and held in memory (a catalog), that is
 * never served stale: each access compares the version it was loaded at with the version
 * of the reference data in the database ({@link ReferenceData#version()}: one tiny query
 * per request) and loads it again when another instance applied newer reference data.
 * Exact rather than time-based: a request that starts after new reference data was
 * committed never sees the old data.
 */
public final class ReferenceView<T> {

	private final ReferenceData referenceData;

	private final Supplier<T> loader;

	private volatile Snapshot<T> snapshot;

	ReferenceView(ReferenceData referenceData, Supplier<T> loader) {
		this.referenceData = referenceData;
		this.loader = loader;
		this.snapshot = referenceData.load(loader);
	}

	/** The current data. */
	public T get() {
		return snapshot().data();
	}

	/**
	 * The current data with the version it was loaded at: the key for anything derived
	 * from it (a memo entry keyed by the version cannot outlive the data it came from).
	 */
	public Snapshot<T> snapshot() {
		long version = this.referenceData.version();
		Snapshot<T> current = this.snapshot;
		if (current.version() >= version) {
			return current;
		}
		synchronized (this) {
			current = this.snapshot;
			if (current.version() < version) {
				current = this.referenceData.load(this.loader);
				this.snapshot = current;
			}
			return current;
		}
	}

	/**
	 * @param version the reference data version the data was loaded at
	 */
	public record Snapshot<T>(long version, T data) {
	}

}
