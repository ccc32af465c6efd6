package org.crosscheck.exchange;

import org.crosscheck.common.CrosscheckException;

/**
 * How much of a bundle is read before it is refused: the number of ZIP entries, and the
 * bytes its entries unpack to (each, and all together), so that a decompression bomb
 * stops early.
 *
 * @param maxEntries most entries accepted
 * @param maxBytes most bytes an entry, and all entries together, may unpack to
 */
public record BundleLimits(int maxEntries, long maxBytes) {

	public static final int DEFAULT_MAX_ENTRIES = 64;

	public static final long DEFAULT_MAX_MEGABYTES = 512;

	public static BundleLimits defaults() {
		return new BundleLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_MEGABYTES * 1024 * 1024);
	}

	/** The limits as the user sets them; null keeps a default. */
	public static BundleLimits of(Integer maxEntries, Integer maxMegabytes) {
		if (maxEntries != null && maxEntries < 1) {
			throw CrosscheckException.invalid("the limit of entries must be at least 1");
		}
		if (maxMegabytes != null && maxMegabytes < 1) {
			throw CrosscheckException.invalid("the size limit is in MB and must be at least 1");
		}
		return new BundleLimits(maxEntries == null ? DEFAULT_MAX_ENTRIES : maxEntries,
				(maxMegabytes == null ? DEFAULT_MAX_MEGABYTES : maxMegabytes) * 1024L * 1024L);
	}

	/** The byte limit in whole megabytes, as the refusal messages name it. */
	public long maxMegabytes() {
		return Math.max(1, this.maxBytes / (1024 * 1024));
	}

}
