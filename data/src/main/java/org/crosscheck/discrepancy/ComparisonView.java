package org.crosscheck.discrepancy;

import java.util.List;

/**
 * Two sources side by side: the sentences that tell the same thing with their word-level
 * difference, and what stands in one only.
 */
public record ComparisonView(int left, int right, List<PairView> pairs, List<SpanView> onlyLeft,
		List<SpanView> onlyRight) {

	/** Two sentences that tell the same thing. */
	public record PairView(SpanView left, SpanView right, double similarity, String diff) {
	}

}
