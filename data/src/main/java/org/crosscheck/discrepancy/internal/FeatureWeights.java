package org.crosscheck.discrepancy.internal;

/**
 * How much sharing a feature says that two sentences tell the same thing: rare words
 * weigh more (IDF).
 */
public interface FeatureWeights {

	/** The weight of the feature numbered {@code term} (see {@link AnalysedSentence}). */
	double weight(int term);

	/**
	 * The number of the feature with hash {@code feature}, or -1 when no sentence has it.
	 */
	int term(long feature);

}
