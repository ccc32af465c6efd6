package org.crosscheck.discrepancy;

/**
 * How much of two sources align, without the aligned sentences themselves: a dataset
 * check finds thousands of pairs of sources that tell one story, and keeping every pair's
 * sentences and diffs would hold most of the dataset's text several times over
 * ({@link Alignment} has them for one pair).
 *
 * @param sourceA the first source's id
 * @param sourceB the second source's id
 * @param alignedSentences how many sentences of each found a counterpart in the other
 * @param sentencesA how many sentences the first source has
 * @param sentencesB how many sentences the second source has
 */
public record AlignmentSummary(String sourceA, String sourceB, int alignedSentences, int sentencesA, int sentencesB) {

	/**
	 * Share of the shorter source's sentences that found a counterpart, 0..1 (as
	 * {@link Alignment#coverage()}).
	 */
	public double coverage() {
		int shorter = Math.min(sentencesA, sentencesB);
		return shorter == 0 ? 0 : (double) alignedSentences / shorter;
	}

}
