package org.crosscheck.discrepancy.internal;

/**
 * A sentence reduced to what alignment and indexing need: where it stands and the hashed features of its words.
 *
 * @param index position among the source's sentences
 * @param start offset in the source text
 * @param end offset after the sentence
 * @param paragraph the line (paragraph) it belongs to
 * @param unigrams distinct hashed stems of its content words
 * @param bigrams distinct hashed pairs of consecutive content stems
 * @param words how many words it has
 * @param namesOrNumbers true when it names someone or states a figure (a fact even without extracted facts)
 */
public record AnalysedSentence(int index, int start, int end, int paragraph, long[] unigrams, long[] bigrams,
		int words, boolean namesOrNumbers) {
}
