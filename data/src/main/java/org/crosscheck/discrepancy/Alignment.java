package org.crosscheck.discrepancy;

import java.util.List;

/**
 * How the sentences of two sources correspond.
 *
 * @param sourceA the first source's id
 * @param sourceB the second source's id
 * @param pairs the aligned sentences, in the order of the first source
 * @param onlyInA sentences of the first source with no counterpart
 * @param onlyInB sentences of the second source with no counterpart
 */
public record Alignment(String sourceA, String sourceB, List<SentencePair> pairs, List<Span> onlyInA,
		List<Span> onlyInB) {

	public Alignment {
		pairs = List.copyOf(pairs);
		onlyInA = List.copyOf(onlyInA);
		onlyInB = List.copyOf(onlyInB);
	}

	/** Share of the shorter source's sentences that found a counterpart, 0..1. */
	public double coverage() {
		int shorter = Math.min(pairs.size() + onlyInA.size(), pairs.size() + onlyInB.size());
		return shorter == 0 ? 0 : (double) pairs.size() / shorter;
	}

}
