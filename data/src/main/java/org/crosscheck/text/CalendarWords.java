package org.crosscheck.text;

import java.util.Locale;

/** English month names and their abbreviations ("Feb", "Sept.", "september") as month numbers. */
public final class MonthNames {

	private MonthNames() {
	}

	/** The month number (1-12) of a name whose first three letters name a month; callers match names first. */
	public static int number(String name) {
		return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			default -> 12;
		};
	}

}
