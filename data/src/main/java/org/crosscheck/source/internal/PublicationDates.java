package org.crosscheck.source.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.text.CalendarWords;

/**
 * Turns the publication dates that pages state, in the many ways they state them, into
 * ISO-8601 strings: a date ({@code 2026-02-18}), a local date-time
 * ({@code 2026-02-18T10:00}) or a date-time with its offset
 * ({@code 2026-02-21T17:20+05:30}).
 */
public final class PublicationDates {

	private static final String MONTH = "(" + CalendarWords.monthAlternation() + ")\\.?";

	private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";

	private static final String TIME = "(?:\\s*(?:,|at|\\||-|–|—|/)?\\s*(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?"
			+ "(?:\\s*([ap])\\.?\\s?m\\b\\.?)?)?";

	// A zone is an abbreviation from the table, optionally with an offset ("UTC+2"), or a
	// bare offset.
	private static final String ZONE = "(?:\\s*\\(?\\s*([a-z]{1,5}(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2})\\s*\\)?)?";

	private static final Pattern MONTH_FIRST = Pattern.compile(
			"^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE + "$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DAY_FIRST = Pattern.compile(
			"^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME + ZONE + "$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMERIC = Pattern
		.compile("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
				+ ZONE + "$", Pattern.CASE_INSENSITIVE);

	private static final Pattern DOTTED = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME + ZONE + "$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NAMED_OFFSET = Pattern.compile("^([a-z]{1,5})\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BARE_OFFSET = Pattern.compile("^([+-])(\\d{2}):?(\\d{2})$");

	// Abbreviations are ambiguous world-wide; this table takes the reading most common in
	// English-language news (IST is India, not Ireland or Israel; CST is US Central).
	private static final Map<String, ZoneId> ZONES = Map.ofEntries(Map.entry("UTC", ZoneOffset.UTC),
			Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC),
			Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", offset(1, 0)), Map.entry("BST", offset(1, 0)),
			Map.entry("CET", offset(1, 0)), Map.entry("CEST", offset(2, 0)), Map.entry("EET", offset(2, 0)),
			Map.entry("EEST", offset(3, 0)), Map.entry("MSK", offset(3, 0)), Map.entry("EST", offset(-5, 0)),
			Map.entry("EDT", offset(-4, 0)), Map.entry("CST", offset(-6, 0)), Map.entry("CDT", offset(-5, 0)),
			Map.entry("MST", offset(-7, 0)), Map.entry("MDT", offset(-6, 0)), Map.entry("PST", offset(-8, 0)),
			Map.entry("PDT", offset(-7, 0)), Map.entry("AKST", offset(-9, 0)), Map.entry("AKDT", offset(-8, 0)),
			Map.entry("HST", offset(-10, 0)), Map.entry("ET", ZoneId.of("America/New_York")),
			Map.entry("CT", ZoneId.of("America/Chicago")), Map.entry("MT", ZoneId.of("America/Denver")),
			Map.entry("PT", ZoneId.of("America/Los_Angeles")), Map.entry("IST", offset(5, 30)),
			Map.entry("PKT", offset(5, 0)), Map.entry("ICT", offset(7, 0)), Map.entry("WIB", offset(7, 0)),
			Map.entry("SGT", offset(8, 0)), Map.entry("HKT", offset(8, 0)), Map.entry("PHT", offset(8, 0)),
			Map.entry("AWST", offset(8, 0)), Map.entry("JST", offset(9, 0)), Map.entry("KST", offset(9, 0)),
			Map.entry("ACST", offset(9, 30)), Map.entry("AEST", offset(10, 0)), Map.entry("AEDT", offset(11, 0)),
			Map.entry("NZST", offset(12, 0)), Map.entry("NZDT", offset(13, 0)), Map.entry("SAST", offset(2, 0)),
			Map.entry("WAT", offset(1, 0)), Map.entry("CAT", offset(2, 0)), Map.entry("EAT", offset(3, 0)),
			Map.entry("BRT", offset(-3, 0)), Map.entry("ART", offset(-3, 0)));

	private PublicationDates() {
	}

	/**
	 * The ISO-8601 form of a stated publication date, or null when {@code text} as a
	 * whole is not a date this parser understands (numeric day/month orders other than
	 * year-first are ambiguous and refused, except the dotted European
	 * {@code 21.02.2026}).
	 */
	public static String parse(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = trimPunctuation(text);
		if (trimmed.isEmpty() || trimmed.length() > 80 || !containsDigit(trimmed)) {
			return null;
		}
		try {
			String iso = parseIso(trimmed);
			if (iso != null) {
				return iso;
			}
			Matcher matcher = MONTH_FIRST.matcher(trimmed);
			if (matcher.matches()) {
				return format(CalendarWords.number(matcher.group(1)), matcher.group(2), matcher.group(3), matcher, 4);
			}
			matcher = DAY_FIRST.matcher(trimmed);
			if (matcher.matches()) {
				return format(CalendarWords.number(matcher.group(2)), matcher.group(1), matcher.group(3), matcher, 4);
			}
			matcher = NUMERIC.matcher(trimmed);
			if (matcher.matches()) {
				return format(Integer.parseInt(matcher.group(2)), matcher.group(3), matcher.group(1), matcher.group(4),
						matcher.group(5), matcher.group(6), null, matcher.group(7));
			}
			matcher = DOTTED.matcher(trimmed);
			if (matcher.matches()) {
				return format(Integer.parseInt(matcher.group(2)), matcher.group(1), matcher.group(3), matcher, 4);
			}
		}
		catch (DateTimeException | NumberFormatException ex) {
			// An impossible date (February 30) or time (25:00) is no date at all.
			return null;
		}
		return null;
	}

	private static String parseIso(String text) {
		// Parse exceptions are costly; only try what has the shape of 2026-02-18.
		if (text.length() < 10 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-'
				|| text.charAt(7) != '-') {
			return null;
		}
		try {
			OffsetDateTime dateTime = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			return dateTime.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		catch (DateTimeParseException ex) {
			// not an offset date-time; the other forms follow
		}
		try {
			return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
				.truncatedTo(ChronoUnit.SECONDS)
				.toString();
		}
		catch (DateTimeParseException ex) {
			// not a local date-time either
		}
		try {
			return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).toString();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String format(int month, String day, String year, Matcher matcher, int timeGroup) {
		return format(month, day, year, matcher.group(timeGroup), matcher.group(timeGroup + 1),
				matcher.group(timeGroup + 2), matcher.group(timeGroup + 3), matcher.group(timeGroup + 4));
	}

	private static String format(int month, String day, String year, String hour, String minute, String second,
			String meridiem, String zone) {
		LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
		if (hour == null) {
			// A zone without a time says nothing more than the date.
			return date.toString();
		}
		int hours = Integer.parseInt(hour);
		if (meridiem != null) {
			if (hours < 1 || hours > 12) {
				return null;
			}
			hours = hours % 12 + (Character.toLowerCase(meridiem.charAt(0)) == 'p' ? 12 : 0);
		}
		LocalTime time = LocalTime.of(hours, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
		LocalDateTime local = LocalDateTime.of(date, time);
		if (zone == null) {
			return local.toString();
		}
		ZoneId zoneId = zone(zone);
		if (zoneId == null) {
			return null;
		}
		return local.atZone(zoneId).toOffsetDateTime().toString();
	}

	private static ZoneId zone(String text) {
		String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
		ZoneId known = ZONES.get(compact);
		if (known != null) {
			return known;
		}
		Matcher named = NAMED_OFFSET.matcher(compact);
		if (named.matches()) {
			ZoneId base = ZONES.get(named.group(1));
			if (!(base instanceof ZoneOffset baseOffset) || baseOffset.getTotalSeconds() != 0) {
				// Only UTC and GMT take an offset: "CET+1" is no real notation.
				return null;
			}
			int sign = named.group(2).equals("-") ? -1 : 1;
			int minutes = named.group(4) == null ? 0 : Integer.parseInt(named.group(4));
			return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(named.group(3)), sign * minutes);
		}
		Matcher bare = BARE_OFFSET.matcher(compact);
		if (bare.matches()) {
			int sign = bare.group(1).equals("-") ? -1 : 1;
			return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(bare.group(2)),
					sign * Integer.parseInt(bare.group(3)));
		}
		return null;
	}

	private static ZoneOffset offset(int hours, int minutes) {
		return ZoneOffset.ofHoursMinutes(hours, minutes);
	}

	private static boolean containsDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	// Datelines come wrapped in brackets, bullets or trailing separators: "(Feb. 18,
	// 2026)", "— 18 Feb 2026 |".
	private static String trimPunctuation(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isWrapping(text.charAt(start))) {
			start++;
		}
		while (end > start && isWrapping(text.charAt(end - 1))) {
			end--;
		}
		if (end - start > 2 && text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
			return trimPunctuation(text.substring(start + 1, end - 1));
		}
		return text.substring(start, end);
	}

	private static boolean isWrapping(char c) {
		return Character.isWhitespace(c) || c == '[' || c == ']' || c == '|' || c == '-' || c == '–' || c == '—'
				|| c == '•' || c == '·' || c == ',' || c == ';';
	}

}
