package org.crosscheck.discrepancy;

/**
 * A stretch of one source's text, anchored by offsets and by its exact words.
 *
 * @param sourceId the source
 * @param start offset of the first character
 * @param end offset after the last character
 * @param exact the words at {@code start..end}
 */
public record Span(String sourceId, int start, int end, String exact) {

	/** True when this span and {@code [from, to)} of the same source overlap. */
	public boolean overlaps(String otherSourceId, int from, int to) {
		return sourceId.equals(otherSourceId) && from < end && start < to;
	}

}
