package org.crosscheck.annotation.internal;

import org.crosscheck.text.FoldedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds where quoted words stand in a text: all exact occurrences (tolerant of
 * typographic quotes, dashes and white space), the best place for an anchor after the
 * text changed (position, then quote with context, then an approximate match with a
 * confidence), and the passages closest to words that are not there.
 */
public final class Anchoring {

	/**
	 * Characters of context kept on each side, as a text-quote selector's prefix and
	 * suffix.
	 */
	public static final int CONTEXT = 32;

	/**
	 * Below this confidence an approximate match is not trusted: the annotation is an
	 * orphan.
	 */
	public static final double FUZZY_THRESHOLD = 0.8;

	private Anchoring() {
	}

	/** Where an anchor landed, how it was found and how sure the match is. */
	public record Match(int start, int end, Method method, double confidence) {
	}

	/** How an anchor was (re)found. */
	public enum Method {

		POSITION, QUOTE, FUZZY

	}

	/**
	 * Every occurrence of {@code exact} in {@code text}, as [start, end) pairs of the
	 * original text.
	 */
	public static List<int[]> occurrences(String text, String exact) {
		FoldedText folded = FoldedText.of(text);
		String needle = FoldedText.of(exact.strip()).text();
		List<int[]> found = new ArrayList<>();
		if (needle.isEmpty()) {
			return found;
		}
		int from = 0;
		while (true) {
			int at = folded.text().indexOf(needle, from);
			if (at < 0) {
				break;
			}
			found.add(new int[] { folded.originalStart(at), folded.originalEnd(at + needle.length()) });
			from = at + 1;
		}
		return found;
	}

	public static String prefix(String text, int start) {
		return text.substring(Math.max(0, start - CONTEXT), start);
	}

	public static String suffix(String text, int end) {
		return text.substring(end, Math.min(text.length(), end + CONTEXT));
	}

	/**
	 * Re-anchors a span in a changed text: at its old position if the words are still
	 * there, else at the occurrence whose context matches best, else at an approximate
	 * match with its confidence; null when nothing is close enough (the annotation
	 * becomes an orphan).
	 */
	public static Match reanchor(String text, String exact, String prefix, String suffix, Integer start, Integer end) {
		if (start != null && end != null && start >= 0 && end <= text.length() && start < end
				&& FoldedText.of(text.substring(start, end)).text().equals(FoldedText.of(exact).text())) {
			return new Match(start, end, Method.POSITION, 1.0);
		}
		List<int[]> candidates = occurrences(text, exact);
		if (!candidates.isEmpty()) {
			int[] best = candidates.stream()
				.max(Comparator.comparingDouble((int[] c) -> contextScore(text, c, prefix, suffix))
					.thenComparingInt(c -> start == null ? 0 : -Math.abs(c[0] - start)))
				.orElseThrow();
			return new Match(best[0], best[1], Method.QUOTE, 1.0);
		}
		return approximate(text, exact, prefix, suffix, start);
	}

	private static double contextScore(String text, int[] candidate, String prefix, String suffix) {
		return similarity(prefix(text, candidate[0]), prefix == null ? "" : prefix, true)
				+ similarity(suffix(text, candidate[1]), suffix == null ? "" : suffix, false);
	}

	/**
	 * Share of the expected context that the actual context repeats, aligned at the span.
	 */
	private static double similarity(String actual, String expected, boolean alignEnd) {
		if (expected.isEmpty()) {
			return 0;
		}
		int matched = 0;
		int n = Math.min(actual.length(), expected.length());
		for (int i = 0; i < n; i++) {
			char a = alignEnd ? actual.charAt(actual.length() - 1 - i) : actual.charAt(i);
			char e = alignEnd ? expected.charAt(expected.length() - 1 - i) : expected.charAt(i);
			if (a == e) {
				matched++;
			}
		}
		return (double) matched / expected.length();
	}

	/**
	 * An approximate match: windows of the text of about the quote's length that start
	 * near a word of the quote, scored by edit distance over the folded, lower-cased
	 * words.
	 */
	static Match approximate(String text, String exact, String prefix, String suffix, Integer oldStart) {
		FoldedText folded = FoldedText.of(text);
		String haystack = folded.text().toLowerCase(Locale.ROOT);
		String needle = FoldedText.of(exact.strip()).text().toLowerCase(Locale.ROOT);
		if (needle.length() < 3 || haystack.isEmpty()) {
			return null;
		}
		String[] words = needle.split(" ");
		double bestScore = 0;
		int bestStart = -1;
		int bestEnd = -1;
		List<Integer> starts = new ArrayList<>();
		for (String word : words.length > 3 ? new String[] { words[0], words[1], words[words.length - 1] } : words) {
			if (word.length() < 2) {
				continue;
			}
			int offset = word == words[words.length - 1] && words.length > 3 ? needle.lastIndexOf(word)
					: needle.indexOf(word);
			int from = 0;
			while (true) {
				int at = haystack.indexOf(word, from);
				if (at < 0) {
					break;
				}
				starts.add(Math.max(0, at - offset));
				from = at + 1;
			}
		}
		int slack = Math.max(2, needle.length() / 5);
		for (int candidate : starts.stream().distinct().toList()) {
			for (int delta = -slack; delta <= slack; delta += Math.max(1, slack / 4)) {
				int from = Math.max(0, candidate + Math.min(0, delta));
				int to = Math.min(haystack.length(), candidate + needle.length() + delta);
				if (to - from < needle.length() / 2) {
					continue;
				}
				String window = haystack.substring(from, to);
				double score = 1.0 - (double) levenshtein(needle, window) / Math.max(needle.length(), window.length());
				if (score > bestScore) {
					bestScore = score;
					bestStart = from;
					bestEnd = to;
				}
			}
		}
		if (bestStart < 0 || bestScore < FUZZY_THRESHOLD) {
			return null;
		}
		// Trim to word boundaries so the span does not start or end inside a word.
		while (bestStart < bestEnd && haystack.charAt(bestStart) == ' ') {
			bestStart++;
		}
		while (bestEnd > bestStart && haystack.charAt(bestEnd - 1) == ' ') {
			bestEnd--;
		}
		return new Match(folded.originalStart(bestStart), folded.originalEnd(bestEnd), Method.FUZZY,
				Math.round(bestScore * 1000) / 1000.0);
	}

	static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			char ca = a.charAt(i - 1);
			for (int j = 1; j <= b.length(); j++) {
				int cost = ca == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * The sentences or passages of the text that share the most words with {@code exact}.
	 */
	public static List<String> closestPassages(String text, String exact, int limit) {
		List<String> words = List.of(FoldedText.of(exact).text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
		List<String> passages = new ArrayList<>();
		for (String sentence : text.split("(?<=[.!?\"”])\\s+|\\n+")) {
			if (!sentence.isBlank()) {
				passages.add(sentence.strip());
			}
		}
		return passages.stream()
			.map(p -> new Object[] { p, overlap(p, words) })
			.filter(p -> (double) p[1] > 0)
			.sorted((x, y) -> Double.compare((double) y[1], (double) x[1]))
			.limit(limit)
			.map(p -> (String) p[0])
			.toList();
	}

	private static double overlap(String passage, List<String> words) {
		String lower = FoldedText.of(passage).text().toLowerCase(Locale.ROOT);
		double score = 0;
		for (String word : words) {
			if (word.length() > 2 && lower.contains(word)) {
				score += word.length();
			}
		}
		return score;
	}

}
