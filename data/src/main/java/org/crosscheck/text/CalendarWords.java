package org.crosscheck.text;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English month and weekday names ({@code /words/months.txt}, {@code weekdays.txt}) and
 * the month numbers of names.
 */
public final class CalendarWords {

	/**
	 * Each month's names, lower-case, January first: the full name, then its
	 * abbreviations.
	 */
	public static final List<List<String>> MONTHS = WordLists.lines("months")
		.stream()
		.map(line -> List.of(line.split("\\s+")))
		.toList();

	/** Full month names, lower-case, January first. */
	public static final List<String> FULL_MONTHS = MONTHS.stream().map(List::getFirst).toList();

	/** Month abbreviations, lower-case ("jan", "sept", "sep"). */
	public static final List<String> MONTH_ABBREVIATIONS = MONTHS.stream()
		.flatMap(names -> names.subList(1, names.size()).stream())
		.toList();

	/** Weekday names, lower-case, Monday first. */
	public static final List<String> WEEKDAYS = WordLists.lines("weekdays");

	/** Every month name, abbreviation and weekday name, lower-case. */
	public static final Set<String> ALL = all();

	private CalendarWords() {
	}

	private static Set<String> all() {
		Set<String> all = new HashSet<>(FULL_MONTHS);
		all.addAll(MONTH_ABBREVIATIONS);
		all.addAll(WEEKDAYS);
		return Set.copyOf(all);
	}

	/**
	 * The month number (1-12) of a name whose first three letters name a month; callers
	 * match names first.
	 */
	public static int number(String name) {
		String start = name.substring(0, 3).toLowerCase(Locale.ROOT);
		for (int month = 0; month < FULL_MONTHS.size(); month++) {
			if (FULL_MONTHS.get(month).startsWith(start)) {
				return month + 1;
			}
		}
		return 12;
	}

	/**
	 * Every month name and abbreviation as a lower-case regular-expression alternation,
	 * longest first.
	 */
	public static String monthAlternation() {
		return String.join("|",
				MONTHS.stream()
					.flatMap(List::stream)
					.sorted(Comparator.comparingInt(String::length).reversed())
					.toList());
	}

	/**
	 * Names capitalised as they are written in a text ("January"), for case-sensitive
	 * patterns.
	 */
	public static List<String> capitalised(List<String> names) {
		return names.stream().map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1)).toList();
	}

}
