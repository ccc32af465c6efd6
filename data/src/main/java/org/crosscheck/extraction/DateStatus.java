package org.crosscheck.extraction;

/** Whether a date expression could be placed on the calendar. */
public enum DateStatus {

	/** Placed: start and end are set. */
	RESOLVED,
	/**
	 * Relative to a publication date the source does not have; start and end are null.
	 */
	UNRESOLVED,
	/**
	 * The words allow more than one reading ("until September"); start and end hold the
	 * likeliest, marked.
	 */
	AMBIGUOUS

}
