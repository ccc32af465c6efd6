package org.crosscheck.ledger;

import java.util.List;

/**
 * An event on the timeline.
 *
 * @param id its number in the dataset
 * @param uid identity across bundles
 * @param start first day, ISO, or null when unresolved
 * @param end last day, ISO, or null
 * @param precision DAY, MONTH, QUARTER or YEAR
 * @param status RESOLVED, UNRESOLVED or AMBIGUOUS
 * @param dateText the words that gave the date
 * @param description what happened
 * @param label a short label for a chart: the description when short, else its subject,
 * verb and object
 * @param entities who was involved
 * @param evidence the annotations it rests on
 */
public record EventView(int id, String uid, String start, String end, String precision, String status, String dateText,
		String description, String label, List<String> entities, List<Evidence> evidence) {

	/** Whether its date is known and unambiguous: what a timeline may place. */
	public boolean resolved() {
		return this.start != null && "RESOLVED".equalsIgnoreCase(this.status);
	}

	/**
	 * Its last day, ISO: the end, or the start for a single day; null when unresolved.
	 */
	public String last() {
		return this.end == null ? this.start : this.end;
	}

	/** The source of its first evidence, or null when it rests on none. */
	public Integer source() {
		return this.evidence.isEmpty() ? null : this.evidence.get(0).source();
	}

}
