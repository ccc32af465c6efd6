package org.crosscheck.exchange.internal;

import java.util.ArrayList;
import java.util.List;

import org.crosscheck.text.FoldedText;

/**
 * Finds quoted words of a foreign annotation in a source's text, tolerant of typographic
 * quotes, dashes and runs of white space (other tools normalise them differently), and
 * picks the occurrence that its prefix, suffix and position point to.
 */
public final class TextLocator {

	/**
	 * Characters of context kept on each side of a span, as the annotation feature keeps
	 * them.
	 */
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
		FoldedText folded = FoldedText.of(text);
		String needle = FoldedText.of(exact.strip()).text();
		List<Located> found = new ArrayList<>();
		for (int at = folded.text().indexOf(needle); at >= 0; at = folded.text().indexOf(needle, at + 1)) {
			found.add(new Located(folded.originalStart(at), folded.originalEnd(at + needle.length())));
		}
		if (found.isEmpty()) {
			return null;
		}
		Located best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (Located candidate : found) {
			double score = contextScore(
					FoldedText.of(text.substring(Math.max(0, candidate.start() - CONTEXT), candidate.start())).text(),
					prefix == null ? null : FoldedText.of(prefix).text(), true)
					+ contextScore(FoldedText
						.of(text.substring(candidate.end(), Math.min(text.length(), candidate.end() + CONTEXT)))
						.text(), suffix == null ? null : FoldedText.of(suffix).text(), false);
			if (position != null) {
				// Context decides first; the position only breaks ties between equally
				// good places.
				score -= Math.abs(candidate.start() - position) / (double) (text.length() + 1);
			}
			if (score > bestScore) {
				bestScore = score;
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * How many characters of the expected context stand next to the candidate (prefix: at
	 * its end).
	 */
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

}
