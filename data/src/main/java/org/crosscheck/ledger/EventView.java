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
 * @param label a short label for a chart: the description when short, else its subject, verb and object
 * @param entities who was involved
 * @param evidence the annotations it rests on
 */
public record EventView(int id, String uid, String start, String end, String precision, String status, String dateText,
		String description, String label, List<String> entities, List<Evidence> evidence) {
}
