package org.crosscheck.source.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.crosscheck.common.CrosscheckException;

/**
 * A publication date as a user or a document gives it: a day ({@code 2026-02-18}) or a
 * moment with its offset ({@code 2026-02-21T17:20+05:30}), kept as stated, with an
 * instant for sorting.
 *
 * @param iso the normalised ISO-8601 text
 * @param instant the moment (the start of the day in UTC for a date alone)
 */
public record Published(String iso, OffsetDateTime instant) {

	/**
	 * Parses the forms users type; the message of a refusal shows them the forms that
	 * work.
	 */
	public static Published parse(String text) {
		String value = text.strip().replace(' ', 'T');
		try {
			if (value.length() == 10) {
				LocalDate date = LocalDate.parse(value);
				return new Published(date.toString(), date.atStartOfDay().atOffset(ZoneOffset.UTC));
			}
			try {
				OffsetDateTime moment = OffsetDateTime.parse(value);
				return new Published(moment.toString(), moment);
			}
			catch (DateTimeParseException withoutOffset) {
				// A time without an offset is taken as UTC rather than refused.
				OffsetDateTime moment = LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
				return new Published(moment.toString(), moment);
			}
		}
		catch (DateTimeParseException ex) {
			throw CrosscheckException.invalid("'" + text
					+ "' is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM (e.g. 2026-02-18 or 2026-02-21T17:20+05:30)");
		}
	}

	/** The publication day, for resolving relative dates ("last month"). */
	public LocalDate day() {
		return this.iso.length() == 10 ? LocalDate.parse(this.iso) : this.instant.toLocalDate();
	}

}
