package org.crosscheck.discrepancy;

/**
 * Two sentences of different sources that tell the same thing, as the check matched them.
 *
 * @param sourceA the first source's id
 * @param startA offset of the first source's sentence
 * @param endA offset after it
 * @param sourceB the second source's id
 * @param startB offset of the second source's sentence
 * @param endB offset after it
 * @param score how alike they are, 0..1: weighted word overlap, or cosine of their
 * meaning when {@code byMeaning}
 * @param byMeaning true when the sentences were matched by meaning (a paraphrase), not by
 * shared words
 */
public record SentenceLink(String sourceA, int startA, int endA, String sourceB, int startB, int endB, double score,
		boolean byMeaning) {
}
