package org.crosscheck.discrepancy;

/**
 * The kinds of disagreement the checks raise, the same as a discrepancy's kind in the
 * domain.
 */
public enum FindingKind {

	WORDING, QUOTE, NUMBER, DATE, ATTRIBUTION, OMISSION

}
