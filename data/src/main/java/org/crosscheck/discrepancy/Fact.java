package org.crosscheck.discrepancy;

/**
 * One fact the extraction found (or a person annotated) in a source, reduced to what
 * comparing needs.
 *
 * @param sourceId the source the fact stands in
 * @param kind money, date, quote or entity
 * @param start offset of the first character in the source text
 * @param end offset after the last character
 * @param exact the words of the source at {@code start..end}
 * @param value the normalised comparable value: "USD 18800000" for money, "2025-09/MONTH"
 * for a resolved date (null when unresolved, which is then never compared), the quoted
 * words for a quote, the canonical name for an entity
 * @param speaker who a quote is credited to as the source names it ("a Microsoft
 * spokesperson"), or null
 */
public record Fact(String sourceId, FactKind kind, int start, int end, String exact, String value, String speaker) {

	/** A fact that is not a quote. */
	public static Fact of(String sourceId, FactKind kind, int start, int end, String exact, String value) {
		return new Fact(sourceId, kind, start, end, exact, value, null);
	}

	/** True when {@code [from, to)} overlaps this fact's span. */
	public boolean overlaps(int from, int to) {
		return from < end && start < to;
	}

}
