package org.crosscheck.discrepancy;

import java.util.Map;

/**
 * What a run of the automatic check did.
 *
 * @param sources sources compared
 * @param alignedPairs sentence pairs found to tell the same thing
 * @param raised new discrepancies per kind
 * @param known findings raised before (open, or decided by a person: left as they are)
 * @param confirmations agreements recorded (identical quotes)
 * @param millis how long it took
 */
public record CheckReport(int sources, int alignedPairs, Map<String, Integer> raised, int known, int confirmations,
		long millis) {
}
