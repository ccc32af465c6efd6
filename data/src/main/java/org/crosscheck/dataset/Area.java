package org.crosscheck.dataset;

/**
 * The parts of a dataset whose changes are counted separately, so staleness can be
 * precise.
 */
public enum Area {

	SOURCES, ANNOTATIONS, SUGGESTIONS, ENTITIES, CLAIMS, DISCREPANCIES, NOTEBOOK;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
