package org.crosscheck.exchange.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted words of a foreign annotation in a source's text, tolerant of typographic
 * quotes, dashes and runs of white space (other tools normalise them differently), and picks
 * the occurrence that its prefix, suffix and position point to.
 */
public final class TextLocator {

	/** Characters of context kept on each side of a span, as the annotation feature keeps them. */
	public static final int CONTEXT = 32;

	private TextLocator() {
	}

	/** A located span of the text, in UTF-16 offsets of the Java string. */
	public record Located(int start, int end) {
	}

	/**
	 * The best occurrence of {@code exact}, or null when the words are not in the text.
	 * @param position where the annotation said the words start (a hint), or null
	 */
	public static Located locate(String text, String exact, String prefix, String suffix, Integer position) {
		if (exact == null || exact.isBlank()) {
			return null;
		}
		Folded folded = Folded.of(text);
		String needle = Folded.of(exact.strip()).text();
		List<Located> found = new ArrayList<>();
		for (int at = folded.text().indexOf(needle); at >= 0; at = folded.text().indexOf(needle, at + 1)) {
			found.add(new Located(folded.origin(at), folded.originEnd(at + needle.length())));
		}
		if (found.isEmpty()) {
			return null;
		}
		Located best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (Located candidate : found) {
			double score = contextScore(Folded.of(text.substring(Math.max(0, candidate.start() - CONTEXT), candidate.start())).text(),
					prefix == null ? null : Folded.of(prefix).text(), true)
					+ contextScore(Folded.of(text.substring(candidate.end(), Math.min(text.length(), candidate.end() + CONTEXT))).text(),
							suffix == null ? null : Folded.of(suffix).text(), false);
			if (position != null) {
				// Context decides first; the position only breaks ties between equally good places.
				score -= Math.abs(candidate.start() - position) / (double) (text.length() + 1);
			}
			if (score > bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		return best;
	}

	/** How many characters of the expected context stand next to the candidate (prefix: at its end). */
	private static double contextScore(String actual, String expected, boolean prefix) {
		if (expected == null || expected.isEmpty()) {
			return 0;
		}
		int matched = 0;
		int length = Math.min(actual.length(), expected.length());
		for (int i = 0; i < length; i++) {
			char a = prefix ? actual.charAt(actual.length() - 1 - i) : actual.charAt(i);
			char e = prefix ? expected.charAt(expected.length() - 1 - i) : expected.charAt(i);
			if (a != e) {
				break;
			}
			matched++;
		}
		return matched;
	}

	public static String prefix(String text, int start) {
		return text.substring(Math.max(0, start - CONTEXT), start);
	}

	public static String suffix(String text, int end) {
		return text.substring(end, Math.min(text.length(), end + CONTEXT));
	}

	/** The text with quotes, dashes and white space made uniform, and where each character came from. */
	private record Folded(String text, int[] origins) {

		static Folded of(String source) {
			StringBuilder folded = new StringBuilder(source.length());
			int[] origins = new int[source.length() + 1];
			int length = 0;
			boolean space = false;
			for (int i = 0; i < source.length(); i++) {
				char c = fold(source.charAt(i));
				if (Character.isWhitespace(c)) {
					if (space) {
						continue;
					}
					space = true;
					c = ' ';
				}
				else {
					space = false;
				}
				origins[length++] = i;
				folded.append(c);
			}
			origins[length] = source.length();
			return new Folded(folded.toString(), origins);
		}

		int origin(int index) {
			return this.origins[index];
		}

		int originEnd(int end) {
			return end == 0 ? 0 : this.origins[end - 1] + 1;
		}

	}

	private static char fold(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
			case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r' -> ' ';
			default -> c;
		};
	}

}
