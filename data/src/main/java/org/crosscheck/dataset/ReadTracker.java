package org.crosscheck.dataset;

import java.util.EnumSet;
import java.util.Set;

/**
 * Records which areas of a dataset the current command read, so that its notebook cell
 * can be marked stale when one of them changes. One command runs per thread at a time.
 */
public final class ReadTracker {

	private static final ThreadLocal<Set<Area>> READS = ThreadLocal.withInitial(() -> EnumSet.noneOf(Area.class));

	private ReadTracker() {
	}

	/** Notes that the running command read these areas. */
	public static void reads(Area... areas) {
		Set<Area> set = READS.get();
		for (Area area : areas) {
			set.add(area);
		}
	}

	/** Starts a new command: forgets what the previous one read. */
	public static void reset() {
		READS.get().clear();
	}

	/** What the running command has read so far. */
	public static Set<Area> read() {
		return EnumSet.copyOf(READS.get().isEmpty() ? EnumSet.noneOf(Area.class) : READS.get());
	}

}
