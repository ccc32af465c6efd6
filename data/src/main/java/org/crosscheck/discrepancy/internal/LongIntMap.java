package org.crosscheck.discrepancy.internal;

import java.util.Arrays;

/**
 * An open-addressing map from long to int without boxing, because the index holds
 * millions of shingles.
 */
final class LongIntMap {

	private static final int ABSENT = -1;

	private long[] keys;

	private int[] values;

	private boolean[] used;

	private int size;

	LongIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
		keys = new long[capacity];
		values = new int[capacity];
		used = new boolean[capacity];
	}

	int size() {
		return size;
	}

	/** The value of {@code key}, or -1. */
	int get(long key) {
		int mask = keys.length - 1;
		for (int i = mix(key) & mask;; i = (i + 1) & mask) {
			if (!used[i]) {
				return ABSENT;
			}
			if (keys[i] == key) {
				return values[i];
			}
		}
	}

	void put(long key, int value) {
		if ((size + 1) * 2 > keys.length) {
			grow();
		}
		int mask = keys.length - 1;
		for (int i = mix(key) & mask;; i = (i + 1) & mask) {
			if (!used[i]) {
				used[i] = true;
				keys[i] = key;
				values[i] = value;
				size++;
				return;
			}
			if (keys[i] == key) {
				values[i] = value;
				return;
			}
		}
	}

	/**
	 * Adds {@code delta} to the value of {@code key} (absent counts as 0) and returns the
	 * new value.
	 */
	int add(long key, int delta) {
		int current = get(key);
		int value = (current == ABSENT ? 0 : current) + delta;
		put(key, value);
		return value;
	}

	/** Calls {@code action} for every entry. */
	void forEach(Entry action) {
		for (int i = 0; i < keys.length; i++) {
			if (used[i]) {
				action.accept(keys[i], values[i]);
			}
		}
	}

	/** One entry of the map. */
	interface Entry {

		void accept(long key, int value);

	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		boolean[] oldUsed = used;
		keys = new long[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		used = new boolean[oldKeys.length * 2];
		size = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldUsed[i]) {
				put(oldKeys[i], oldValues[i]);
			}
		}
	}

	static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	@Override
	public String toString() {
		return "LongIntMap" + Arrays.toString(new int[] { size });
	}

}
