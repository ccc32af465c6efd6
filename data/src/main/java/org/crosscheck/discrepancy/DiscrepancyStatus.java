package org.crosscheck.discrepancy;

import java.util.List;

import org.crosscheck.common.Keys;

/**
 * Where a discrepancy stands: open until a person decides it, then confirmed, dismissed
 * or resolved. A person may decide again (or reopen it); a decision is never undone by
 * the tool.
 */
public enum DiscrepancyStatus {

	OPEN, CONFIRMED, DISMISSED, RESOLVED;

	/** The status of a key as stored and typed ("open", "confirmed", ...). */
	public static DiscrepancyStatus of(String key) {
		return Keys.parse(DiscrepancyStatus.class, key, "status");
	}

	/** Every key, open first. */
	public static List<String> keys() {
		return Keys.keys(DiscrepancyStatus.class);
	}

	public String key() {
		return Keys.key(this);
	}

	/** Whether a person (or a confirming check) has decided it. */
	public boolean isDecided() {
		return this != OPEN;
	}

	/**
	 * This copy's status after meeting another copy's (from a merged bundle): a decision
	 * is adopted over open, and an existing decision is kept over a different one (which
	 * {@link #contradicts} reports).
	 */
	public DiscrepancyStatus mergedWith(DiscrepancyStatus other) {
		return this == OPEN ? other : this;
	}

	/** Whether two copies were decided differently. */
	public boolean contradicts(DiscrepancyStatus other) {
		return this != other && isDecided() && other.isDecided();
	}

}
