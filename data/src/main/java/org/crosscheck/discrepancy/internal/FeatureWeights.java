package org.crosscheck.discrepancy.internal;

/** How much sharing a feature says that two sentences tell the same thing: rare words weigh more (IDF). */
@FunctionalInterface
public interface FeatureWeights {

	double weight(long feature);

}
