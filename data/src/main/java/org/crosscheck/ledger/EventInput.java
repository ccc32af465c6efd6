package org.crosscheck.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as a user or a suggestion states it.
 *
 * @param start first day (null when unresolved)
 * @param end last day (inclusive; equal to start for a day)
 * @param precision DAY, MONTH, QUARTER or YEAR
 * @param status RESOLVED, UNRESOLVED or AMBIGUOUS
 * @param dateText the words that give the date ("last September")
 * @param description what happened
 * @param entities who was involved
 * @param evidence ids of the annotations it rests on
 */
public record EventInput(LocalDate start, LocalDate end, String precision, String status, String dateText,
		String description, List<String> entities, List<Integer> evidence) {
}
