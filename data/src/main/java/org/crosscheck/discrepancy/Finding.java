package org.crosscheck.discrepancy;

import java.util.List;

/**
 * One disagreement between sources, or one source's facts that others lack, as the tool
 * raises it.
 *
 * @param kind what disagrees
 * @param severity how much it matters
 * @param spans the words on each side (for an omission: the passages of the one source
 * that others lack)
 * @param summary one human sentence saying what differs
 * @param diff the word-level difference rendered as {@code [-removed-]{+added+}}, empty
 * when there is none
 * @param fingerprint a hash of the kind and the normalised words of the spans,
 * independent of source ids and offsets, so that a re-run can recognise a finding it has
 * raised before
 */
public record Finding(FindingKind kind, Severity severity, List<Span> spans, String summary, String diff,
		String fingerprint) {

	public Finding {
		spans = List.copyOf(spans);
	}

}
