package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into words with offsets; punctuation is dropped because a change of
 * punctuation never matters here.
 */
public final class Tokenizer {

	// Letters and digits, with inner apostrophes, dots, commas and hyphens: "U.S",
	// "18.8", "3,000", "cloud-based".
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’\\-][\\p{L}\\p{N}]+)*(?:['’](?=\\s))?");

	/**
	 * Key and stem per written word: the vocabulary is small next to the number of words
	 * read.
	 */
	private static final java.util.concurrent.ConcurrentHashMap<String, String[]> FORMS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int MAX_CACHED = 500_000;

	private Tokenizer() {
	}

	/**
	 * The words of {@code text} between {@code from} and {@code to}, offsets relative to
	 * {@code text}.
	 */
	public static List<Token> tokens(String text, int from, int to) {
		Lexicon lexicon = Lexicon.get();
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = WORD.matcher(text).region(from, to);
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			// A trailing dot belongs to an acronym ("U.S.") but not to a sentence's last
			// word.
			if (end < to && text.charAt(end) == '.' && end - start >= 2 && text.charAt(end - 2) == '.') {
				end++;
			}
			String surface = text.substring(start, end);
			String[] forms = FORMS.get(surface);
			if (forms == null) {
				String key = lexicon.key(surface);
				forms = new String[] { key, lexicon.stem(key) };
				if (FORMS.size() < MAX_CACHED) {
					FORMS.put(surface, forms);
				}
			}
			boolean currency = start > 0 && "$£€¥".indexOf(text.charAt(start - 1)) >= 0;
			tokens.add(new Token(start, end, surface, forms[0], forms[1], lexicon.isStopWord(forms[0]), currency));
		}
		return tokens;
	}

	/** The words of the whole of {@code text}. */
	public static List<Token> tokens(String text) {
		return tokens(text, 0, text.length());
	}

}
