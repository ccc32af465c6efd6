package org.crosscheck.extraction;

import java.time.LocalDate;

/**
 * A date or interval as a source states it, resolved against the source's publication
 * date.
 *
 * @param start first day covered (inclusive), null when unresolved
 * @param end last day covered (inclusive), null when unresolved; "April 2025" is
 * 2025-04-01..2025-04-30
 * @param precision the unit the words give (an interval has the precision of its ends)
 * @param interval true when the words name a span ("the six months leading up to January
 * 2026")
 * @param status resolved, unresolved or ambiguous
 * @param rule the rule that resolved it, e.g. "relative: last <month> before publication
 * 2026-02-18"
 * @param hint what the user can do when unresolved or ambiguous
 */
public record DateValue(LocalDate start, LocalDate end, DatePrecision precision, boolean interval, DateStatus status,
		String rule, String hint) {
}
