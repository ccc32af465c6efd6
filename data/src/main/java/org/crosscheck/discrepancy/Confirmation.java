package org.crosscheck.discrepancy;

import java.util.List;

/**
 * Sources agreeing word for word, for example the same quote in two articles: reassuring,
 * not a discrepancy.
 *
 * @param kind what agrees (a quote)
 * @param spans the agreeing passages, one per source
 * @param summary one human sentence
 * @param fingerprint hash of the kind and the normalised words, independent of ids
 */
public record Confirmation(FindingKind kind, List<Span> spans, String summary, String fingerprint) {

	public Confirmation {
		spans = List.copyOf(spans);
	}

}
