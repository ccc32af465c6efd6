package org.crosscheck.discrepancy;

import java.util.List;

import org.crosscheck.common.Keys;

/**
 * What disagrees in a discrepancy: the wording, a quote, a number, a date, who said it,
 * or a fact one source lacks.
 */
public enum DiscrepancyKind {

	WORDING, QUOTE, NUMBER, DATE, ATTRIBUTION, OMISSION;

	/** The kind of a key as stored and typed ("wording", "quote", ...). */
	public static DiscrepancyKind of(String key) {
		return Keys.parse(DiscrepancyKind.class, key, "kind");
	}

	/** The discrepancy a finding of the check is. */
	public static DiscrepancyKind of(FindingKind finding) {
		return valueOf(finding.name());
	}

	/** Every key, in the order above. */
	public static List<String> keys() {
		return Keys.keys(DiscrepancyKind.class);
	}

	public String key() {
		return Keys.key(this);
	}

}
