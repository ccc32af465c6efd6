package org.crosscheck.discrepancy.internal;

/**
 * A sentence reduced to what alignment and indexing need: where it stands and the
 * features of its words, as the numbers its {@link CandidateIndex} gave them (an int a
 * feature, half the size of its 64-bit hash: a dataset's sentences have millions).
 *
 * @param index position among the source's sentences
 * @param start offset in the source text
 * @param end offset after the sentence
 * @param paragraph the line (paragraph) it belongs to
 * @param unigrams the index's numbers of the distinct stems of its content words
 * @param bigrams the index's numbers of the distinct pairs of consecutive content stems
 * @param words how many words it has
 * @param namesOrNumbers true when it names someone or states a figure (a fact even
 * without extracted facts)
 */
public record AnalysedSentence(int index, int start, int end, int paragraph, int[] unigrams, int[] bigrams, int words,
		boolean namesOrNumbers) {
}
