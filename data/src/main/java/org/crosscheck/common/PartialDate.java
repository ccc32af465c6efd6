package org.crosscheck.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A date known to a year, a month or a day ({@code 2021}, {@code 2025-04},
 * {@code 2025-04-15}), as award records and articles give them.
 *
 * @param text the ISO form at its precision
 * @param precision year, month or day
 */
public record PartialDate(String text, Precision precision) {

	/** How precisely the date is known. */
	public enum Precision {

		YEAR, MONTH, DAY

	}

	public static PartialDate parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.matches("\\d{4}")) {
				return new PartialDate(text, Precision.YEAR);
			}
			if (text.matches("\\d{4}-\\d{2}")) {
				return new PartialDate(YearMonth.parse(text).toString(), Precision.MONTH);
			}
			return new PartialDate(LocalDate.parse(text).toString(), Precision.DAY);
		}
		catch (DateTimeParseException ex) {
			throw CrosscheckException.invalid("'" + value + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
		}
	}

	/** The first day the date covers. */
	public LocalDate first() {
		return switch (this.precision) {
			case YEAR -> LocalDate.of(Integer.parseInt(this.text), 1, 1);
			case MONTH -> YearMonth.parse(this.text).atDay(1);
			case DAY -> LocalDate.parse(this.text);
		};
	}

	/** The last day the date covers. */
	public LocalDate last() {
		return switch (this.precision) {
			case YEAR -> LocalDate.of(Integer.parseInt(this.text), 12, 31);
			case MONTH -> YearMonth.parse(this.text).atEndOfMonth();
			case DAY -> LocalDate.parse(this.text);
		};
	}

	@Override
	public String toString() {
		return this.text;
	}

}
