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
 * @param stories stories the sources were grouped into
 * @param sharedStories stories that more than one source tells (the others have nothing
 * to be compared with)
 * @param embedded sentences compared by meaning (the sentence model ran only where words
 * left sentences unmatched)
 * @param notes what was not compared, and why
 */
public record CheckReport(int sources, int alignedPairs, Map<String, Integer> raised, int known, int confirmations,
		long millis, int stories, int sharedStories, long embedded, java.util.List<String> notes) {

	public CheckReport {
		notes = java.util.List.copyOf(notes);
	}

}
