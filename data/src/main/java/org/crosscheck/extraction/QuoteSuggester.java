package org.crosscheck.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.Sentences.Sentence;
import org.crosscheck.text.WordLists;

/**
 * Finds quoted passages in straight or curly double quotes and names their speaker from
 * the words around them ("..., a Microsoft spokesperson said", "said Trump", "according
 * to X"), or from the paragraph before when a paragraph is nothing but a continued quote.
 *
 * <p>
 * Short quotes of up to three words without a speaker are scare quotes and left out; a
 * quote whose closing mark is missing at the end of its paragraph runs to the paragraph's
 * end when the next paragraph opens with a quote mark, as the press convention for quotes
 * over several paragraphs has it.
 */
public final class QuoteSuggester {

	private static final String VERBS = WordLists.alternation("speech-verbs");

	// The speaker after the quote: ", the spokesperson said", ", a Microsoft spokesperson
	// said in a statement".
	private static final Pattern SPEAKER_THEN_VERB = Pattern.compile(
			"^[\\s,.;:!?—–-]*(?<speaker>(?:[\\p{L}\\d&.’'-]+\\s+){0,5}?[\\p{L}\\d&.’'-]+)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:"
					+ VERBS + ")(?![\\p{L}])");

	// The verb first: ", said Trump", ", added the company".
	private static final Pattern VERB_THEN_SPEAKER = Pattern.compile("^[\\s,.;:!?—–-]*(?:" + VERBS
			+ ")\\s+(?<speaker>(?:the|a|an|its|his|her|their)\\s+(?:[\\p{Lu}][\\p{L}\\d&.’'-]*\\s+)*[\\p{Ll}]+(?:['’]s\\s+[\\p{Ll}]+)?"
			+ "|(?:(?:the|a|an)\\s+)?[\\p{Lu}][\\p{L}\\d&.’'-]*(?:\\s+[\\p{Lu}][\\p{L}\\d&.’'-]*)*)");

	// The verb, then a role in lower case and the person's name: ", said councillor Dev
	// Anand", ", said Talvora chief executive Irene Vasquez".
	private static final Pattern VERB_THEN_ROLE_AND_NAME = Pattern.compile("^[\\s,.;:!?—–-]*(?:" + VERBS
			+ ")\\s+(?<speaker>(?:[\\p{Lu}][\\p{L}\\d&.’'-]*\\s+){0,3}(?<role>(?:[\\p{Ll}][\\p{L}-]*\\s+){1,3})"
			+ "(?<name>[\\p{Lu}][\\p{L}\\d&’'-]*(?:\\s+[\\p{Lu}][\\p{L}\\d&’'-]*)*))");

	private static final Pattern SAY_VERB = Pattern
		.compile("(?<![\\p{L}])(?:has\\s+|had\\s+|have\\s+)?(?:" + VERBS + ")(?![\\p{L}])");

	private static final Pattern ACCORDING_TO = Pattern.compile(
			"(?i:according\\s+to)\\s+(?<speaker>(?:(?:the|a|an)\\s+)?(?:[\\p{Lu}][\\p{L}\\d&.’'-]*)(?:\\s+(?:of\\s+)?[\\p{Lu}][\\p{L}\\d&.’'-]*)*|(?:the|a|an)\\s+[\\p{Ll}]+)");

	private static final Set<String> DETERMINERS = WordLists.set("determiners");

	// Words that end a speaker phrase when walking back from the verb.
	private static final Set<String> SPEAKER_BOUNDARIES = WordLists.set("speaker-boundaries");

	private static final Set<String> PRONOUNS = WordLists.set("pronouns");

	private QuoteSuggester() {
	}

	/**
	 * One suggestion per quoted passage in {@code text}, each with its speaker when the
	 * text names one.
	 */
	public static List<Suggestion> suggest(String text) {
		return suggest(text, Sentences.split(text));
	}

	/** As {@link #suggest(String)}, with the text's sentences already split. */
	public static List<Suggestion> suggest(String text, List<Sentence> sentences) {
		List<Suggestion> found = new ArrayList<>();
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c != '"' && c != '“') {
				i++;
				continue;
			}
			int paragraphEnd = text.indexOf('\n', i);
			if (paragraphEnd < 0) {
				paragraphEnd = length;
			}
			int close = findClose(text, i + 1, paragraphEnd, c);
			int textEnd;
			int quoteEnd;
			if (close < 0) {
				if (!nextParagraphOpensQuote(text, paragraphEnd)) {
					i++;
					continue;
				}
				textEnd = trimEnd(text, i + 1, paragraphEnd);
				quoteEnd = textEnd;
			}
			else {
				textEnd = close;
				quoteEnd = close + 1;
			}
			String quoted = withoutTrailingComma(text.substring(i + 1, textEnd).strip());
			if (!quoted.isEmpty()) {
				String speaker = speakerAround(text, sentences, i, quoteEnd);
				if (speaker == null && isWholeParagraph(text, i, quoteEnd)) {
					speaker = speakerOfPreviousParagraph(text, sentences, i);
				}
				if (speaker != null || wordCount(quoted) > 3) {
					found.add(new Suggestion(SuggestionKind.QUOTE, i, quoteEnd, text.substring(i, quoteEnd),
							new QuoteValue(quoted, speaker)));
				}
			}
			i = Math.max(quoteEnd, i + 1);
		}
		return found;
	}

	private static int findClose(String text, int from, int paragraphEnd, char open) {
		for (int k = from; k < paragraphEnd; k++) {
			char c = text.charAt(k);
			if (open == '“' ? c == '”' : c == '"') {
				return k;
			}
			if (open == '“' && c == '"') {
				return k;
			}
		}
		return -1;
	}

	private static boolean nextParagraphOpensQuote(String text, int paragraphEnd) {
		int k = paragraphEnd;
		while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
			k++;
		}
		return k > paragraphEnd && k < text.length() && (text.charAt(k) == '"' || text.charAt(k) == '“');
	}

	private static int trimEnd(String text, int from, int to) {
		int end = to;
		while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	private static boolean isWholeParagraph(String text, int open, int end) {
		int lineStart = text.lastIndexOf('\n', open) + 1;
		if (!text.substring(lineStart, open).isBlank()) {
			return false;
		}
		int lineEnd = text.indexOf('\n', end);
		String rest = text.substring(end, lineEnd < 0 ? text.length() : lineEnd).strip();
		return rest.isEmpty() || rest.equals(".");
	}

	/** The speaker named in the sentence(s) around the quote, outside the quote marks. */
	private static String speakerAround(String text, List<Sentence> sentences, int open, int end) {
		int sentenceStart = sentenceContaining(sentences, open, true);
		int sentenceEnd = sentenceContaining(sentences, Math.max(open, end - 1), false);
		if (sentenceStart < 0) {
			sentenceStart = text.lastIndexOf('\n', open) + 1;
		}
		if (sentenceEnd < 0 || sentenceEnd < end) {
			int lineEnd = text.indexOf('\n', end);
			sentenceEnd = lineEnd < 0 ? text.length() : lineEnd;
			// The sentence goes on after the quote up to its full stop.
			int stop = indexOfSentenceStop(text, end, sentenceEnd);
			if (stop >= 0) {
				sentenceEnd = stop;
			}
		}
		String after = text.substring(end, Math.max(end, sentenceEnd));
		String speaker = speakerAfter(after);
		if (speaker != null) {
			return speaker;
		}
		String before = text.substring(Math.min(sentenceStart, open), open);
		speaker = speakerBefore(before);
		if (speaker != null) {
			return speaker;
		}
		Matcher according = ACCORDING_TO.matcher(before + " " + after);
		return according.find() ? withoutFullStop(according.group("speaker")) : null;
	}

	private static int indexOfSentenceStop(String text, int from, int to) {
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if ((c == '.' || c == '!' || c == '?') && (k + 1 >= to || text.charAt(k + 1) == ' ')) {
				return k + 1;
			}
		}
		return -1;
	}

	private static int sentenceContaining(List<Sentence> sentences, int offset, boolean wantStart) {
		int low = 0;
		int high = sentences.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Sentence sentence = sentences.get(middle);
			if (sentence.end() <= offset) {
				low = middle + 1;
			}
			else if (sentence.start() > offset) {
				high = middle - 1;
			}
			else {
				return wantStart ? sentence.start() : sentence.end();
			}
		}
		return -1;
	}

	static String speakerAfter(String after) {
		if (after.isBlank()) {
			return null;
		}
		Matcher roleAndName = VERB_THEN_ROLE_AND_NAME.matcher(after);
		// A time names no one: "said last Thursday", "told reporters Monday".
		if (roleAndName.find() && isRole(roleAndName.group("role")) && !isTime(firstWord(roleAndName.group("name")))) {
			return cleanSpeaker(roleAndName.group("speaker"));
		}
		Matcher verbFirst = VERB_THEN_SPEAKER.matcher(after);
		if (verbFirst.find()) {
			String speaker = cleanSpeaker(verbFirst.group("speaker"));
			if (speaker != null && !PRONOUNS.contains(speaker.toLowerCase(Locale.ROOT))) {
				return speaker;
			}
		}
		Matcher speakerFirst = SPEAKER_THEN_VERB.matcher(after);
		if (speakerFirst.find()) {
			return walkBack(speakerFirst.group("speaker"));
		}
		return null;
	}

	/**
	 * Whether lower-case words between a saying verb and a name are a role ("councillor",
	 * "chief executive") rather than the rest of the sentence ("on", "in a statement
	 * to").
	 */
	private static boolean isRole(String words) {
		for (String word : words.strip().split("\\s+")) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (SPEAKER_BOUNDARIES.contains(lower) || DETERMINERS.contains(lower) || PRONOUNS.contains(lower)
					|| Lexicon.get().isStopWord(lower) || isTime(word) || lower.endsWith("ing")
					|| lower.endsWith("ly")) {
				return false;
			}
		}
		return true;
	}

	private static String firstWord(String words) {
		return stripPunctuation(words.strip().split("\\s+", 2)[0]);
	}

	private static boolean isTime(String word) {
		return !word.isEmpty() && Lexicon.get().isTemporal(word.toLowerCase(Locale.ROOT), word);
	}

	/**
	 * The subject of the last saying verb before the quote: "Trump said:", "The company
	 * said the courts should draw".
	 */
	static String speakerBefore(String before) {
		Matcher verb = SAY_VERB.matcher(before);
		int verbStart = -1;
		while (verb.find()) {
			verbStart = verb.start();
		}
		if (verbStart <= 0) {
			return null;
		}
		return walkBack(before.substring(0, verbStart));
	}

	/**
	 * The noun phrase that ends {@code words}: up to six words back, stopping at
	 * punctuation, a stop word or after a determiner.
	 */
	private static String walkBack(String words) {
		String trimmed = words.strip();
		int end = trimmed.length();
		int start = end;
		int taken = 0;
		while (start > 0 && taken < 6) {
			int wordEnd = start;
			while (wordEnd > 0 && trimmed.charAt(wordEnd - 1) == ' ') {
				wordEnd--;
			}
			int wordStart = wordEnd;
			while (wordStart > 0 && !Character.isWhitespace(trimmed.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (wordStart == wordEnd) {
				break;
			}
			String word = trimmed.substring(wordStart, wordEnd);
			char lastChar = word.charAt(word.length() - 1);
			if (taken > 0 && (lastChar == ',' || lastChar == ';' || lastChar == ':' || lastChar == '"'
					|| lastChar == '”' || lastChar == ')')) {
				break;
			}
			String lower = stripPunctuation(word).toLowerCase(Locale.ROOT);
			if (lower.isEmpty() || SPEAKER_BOUNDARIES.contains(lower)) {
				break;
			}
			start = wordStart;
			taken++;
			if (DETERMINERS.contains(lower) || PRONOUNS.contains(lower)) {
				break;
			}
		}
		return cleanSpeaker(trimmed.substring(start, end));
	}

	// "according to The Guardian." ends a sentence; "the U.S." keeps the dot of its
	// abbreviation.
	private static String withoutFullStop(String speaker) {
		int length = speaker.length();
		if (length > 2 && speaker.charAt(length - 1) == '.' && Character.isLowerCase(speaker.charAt(length - 2))) {
			return speaker.substring(0, length - 1);
		}
		return speaker;
	}

	private static String cleanSpeaker(String speaker) {
		String cleaned = stripPunctuation(speaker.strip());
		if (cleaned.isEmpty()) {
			return null;
		}
		return cleaned;
	}

	private static String stripPunctuation(String word) {
		int start = 0;
		int end = word.length();
		while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
			end--;
		}
		return word.substring(start, end);
	}

	/**
	 * For a paragraph that is only a quote: the speaker of the previous paragraph's last
	 * sentence.
	 */
	private static String speakerOfPreviousParagraph(String text, List<Sentence> sentences, int open) {
		int lineStart = text.lastIndexOf('\n', open);
		if (lineStart <= 0) {
			return null;
		}
		int previousEnd = lineStart;
		while (previousEnd > 0 && Character.isWhitespace(text.charAt(previousEnd - 1))) {
			previousEnd--;
		}
		int previousStart = sentenceContaining(sentences, Math.max(0, previousEnd - 1), true);
		if (previousStart < 0) {
			previousStart = text.lastIndexOf('\n', Math.max(0, previousEnd - 1)) + 1;
		}
		if (previousEnd == 0 || previousStart >= previousEnd) {
			return null;
		}
		String previous = text.substring(previousStart, previousEnd);
		// The text after the previous paragraph's last closing quote mark names its
		// speaker.
		int lastClose = Math.max(previous.lastIndexOf('”'), previous.lastIndexOf('"'));
		String tail = lastClose >= 0 ? previous.substring(lastClose + 1) : previous;
		String speaker = speakerAfter(tail);
		return speaker != null ? speaker : speakerBefore(tail);
	}

	// "…such activity," the spokesperson said: the comma belongs to the reporting
	// sentence, not to the quote.
	private static String withoutTrailingComma(String quoted) {
		String result = quoted;
		while (!result.isEmpty() && result.charAt(result.length() - 1) == ',') {
			result = result.substring(0, result.length() - 1).stripTrailing();
		}
		return result;
	}

	private static int wordCount(String words) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < words.length(); i++) {
			boolean letter = !Character.isWhitespace(words.charAt(i));
			if (letter && !inWord) {
				count++;
			}
			inWord = letter;
		}
		return count;
	}

}
