package org.crosscheck.ledger.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short label for an event, for a chart bar or a narrow column: the description itself
 * when it is short (what a user typed), else its subject and verb with the words that
 * follow, up to the end of the clause. A reported statement ("The report said ICE tripled
 * ...") is labelled by what was reported, unless its subject is only a pronoun.
 */
public final class EventLabel {

	/** The longest label, in characters, ellipsis included. */
	public static final int MAX_LENGTH = 56;

	// A date or place phrase before the subject: "In September 2025, ", "Last September,
	// ".
	private static final Pattern LEADING_PHRASE = Pattern.compile(
			"^(?:(?:in|on|at|by|since|during|until|from|after|before|last|this|next|earlier|later|early|late|then)\\b[^,]{0,40}|\\d{4}),\\s+",
			Pattern.CASE_INSENSITIVE);

	// A date right after a saying verb: "said on Wednesday it ...", "said last year that
	// ...".
	private static final Pattern DATE_AFTER_VERB = Pattern.compile(
			"^(?:on|in|last|this|earlier|late)\\s+(?:\\p{L}+|\\d{4})(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?,?\\s+",
			Pattern.CASE_INSENSITIVE);

	// Without a part-of-speech tagger a verb is a common auxiliary or irregular form, or
	// a past-tense "-ed" word.
	private static final Pattern VERB = Pattern.compile(
			"\\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|did|does|do|said|says|told|tells|made|makes|won|wins|got|went|came|comes|began|begins|took|takes|gave|gives|rose|rises|fell|falls|grew|grows|paid|pays|sold|sells|bought|buys|met|meets|runs|ran|holds|held|signed|signs|left|found|became|becomes|faced|faces|reports|claims|announces|plans|wants|uses|expands|ends|starts)\\b"
					+ "|\\b\\p{Ll}{2,}ed\\b");

	private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "reported", "reports", "claimed",
			"claims", "stated", "announced", "announces", "confirmed", "noted", "added", "wrote", "argued", "alleged",
			"denied", "warned", "insisted");

	private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "you", "this", "that");

	// Where a clause ends after its first words: a preposition or a conjunction that
	// starts a new phrase.
	private static final Set<String> PHRASE_STARTS = Set.of("in", "on", "at", "to", "for", "by", "after", "before",
			"while", "which", "who", "when", "because", "including", "as", "with", "since", "during", "until",
			"following", "amid", "and", "but", "where", "whereas", "although", "though");

	// Words a cut label must not end on.
	private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on", "at",
			"for", "by", "with", "its", "their", "his", "her", "that", "which");

	private static final Pattern HARD_STOP = Pattern.compile("[,;:()\\[\\]–—]|\\s-\\s");

	private EventLabel() {
	}

	/** The label of an event described by {@code description}; empty for none. */
	public static String of(String description) {
		if (description == null) {
			return "";
		}
		String text = description.replaceAll("\\s+", " ").strip();
		if (text.length() <= MAX_LENGTH) {
			return withoutFinalStop(text);
		}
		return fit(capitalized(clause(LEADING_PHRASE.matcher(text).replaceFirst(""), true)));
	}

	/** The subject, the first verb and the words after it to the end of their phrase. */
	private static String clause(String text, boolean reportedAllowed) {
		Matcher verb = firstVerb(text);
		if (verb == null) {
			return text;
		}
		String subject = text.substring(0, verb.start()).replaceAll(",[^,]*,", " ").replaceAll("\\s+", " ").strip();
		String rest = text.substring(verb.end()).strip();
		if (reportedAllowed && SAYING.contains(verb.group().toLowerCase(Locale.ROOT))) {
			String reported = DATE_AFTER_VERB.matcher(rest).replaceFirst("").replaceFirst("^(?i)that\\s+", "");
			String inner = clause(reported, false);
			String innerSubject = inner.split(" ", 2)[0].toLowerCase(Locale.ROOT);
			if (!inner.isEmpty() && firstVerb(reported) != null && !PRONOUNS.contains(innerSubject)) {
				return inner;
			}
			return join(subject, verb.group(), inner);
		}
		return join(subject, verb.group(), phrase(rest));
	}

	/**
	 * The first verb outside a parenthesis set off by commas ("The report, based on
	 * documents, said").
	 */
	private static Matcher firstVerb(String text) {
		Matcher verb = VERB.matcher(text);
		while (verb.find()) {
			long commas = text.substring(0, verb.start()).chars().filter(c -> c == ',').count();
			if (commas % 2 == 0) {
				return verb;
			}
		}
		return null;
	}

	/**
	 * The words after a verb up to a punctuation stop, or a new phrase after the first
	 * two words.
	 */
	private static String phrase(String rest) {
		Matcher stop = HARD_STOP.matcher(rest);
		String words = stop.find() ? rest.substring(0, stop.start()) : rest;
		String[] split = words.strip().split(" ");
		StringBuilder out = new StringBuilder();
		for (int k = 0; k < split.length; k++) {
			if (k >= 2 && PHRASE_STARTS.contains(split[k].toLowerCase(Locale.ROOT))) {
				break;
			}
			out.append(k == 0 ? "" : " ").append(split[k]);
		}
		return out.toString();
	}

	private static String join(String... parts) {
		StringBuilder out = new StringBuilder();
		for (String part : parts) {
			if (!part.isBlank()) {
				out.append(out.isEmpty() ? "" : " ").append(part.strip());
			}
		}
		return out.toString();
	}

	/**
	 * At most {@link #MAX_LENGTH} characters, cut between words with an ellipsis, never
	 * on "the" or "of".
	 */
	private static String fit(String label) {
		String text = withoutFinalStop(label);
		if (text.length() <= MAX_LENGTH) {
			return text;
		}
		String cut = text.substring(0, MAX_LENGTH - 1);
		int space = cut.lastIndexOf(' ');
		if (space > MAX_LENGTH / 2) {
			cut = cut.substring(0, space);
		}
		String[] words = cut.split(" ");
		int keep = words.length;
		while (keep > 1 && DANGLING.contains(words[keep - 1].toLowerCase(Locale.ROOT).replaceAll("\\W", ""))) {
			keep--;
		}
		return String.join(" ", java.util.Arrays.copyOf(words, keep)).replaceAll("[,;:]$", "") + "…";
	}

	private static String withoutFinalStop(String text) {
		return text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
