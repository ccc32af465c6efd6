package org.crosscheck.discrepancy.internal;

/**
 * 64-bit hashes of stems and stem pairs, the features that similarity and the index work
 * on.
 */
final class Features {

	private Features() {
	}

	/** FNV-1a of the stem: stable across runs, unlike String.hashCode spreading. */
	static long hash(String stem) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < stem.length(); i++) {
			hash ^= stem.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	static long pair(String first, String second) {
		long hash = hash(first) * 0x9E3779B97F4A7C15L + hash(second);
		// Keep pairs apart from single stems.
		return Long.rotateLeft(hash, 17) ^ 0x5bd1e9955bd1e995L;
	}

}
