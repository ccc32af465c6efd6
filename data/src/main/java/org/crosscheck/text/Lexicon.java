package org.crosscheck.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue words of the engine (read once from {@code /words/*.txt}) and the word
 * normalisation built on them.
 */
public final class Lexicon {

	private static final Lexicon INSTANCE = new Lexicon();

	private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?\\.?");

	private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(k|m|mn|bn|b|tn|th|st|nd|rd|s)?");

	private static final Pattern YSE = Pattern.compile("(.{3,}y)s(e|ed|es|ing)");

	private static final Pattern ISE = Pattern.compile("(.{3,}i)s(e|ed|es|ing|er|ers|ation|ations)");

	private static final Pattern OUR = Pattern.compile("(.{2,}[^aeiou])our(s|ed|ing|ite|ites|able|er|ers|ful)?");

	private static final Pattern RE = Pattern.compile("(.{2,}[^aeiour])re(s|d)?");

	private final Set<String> stopWords;

	private final Set<String> negations;

	private final Set<String> hedges;

	private final Set<String> verbs;

	private final Set<String> temporal;

	private final Set<String> intensifiers;

	/** Stem of a scale word to "scale index:level". */
	private final Map<String, int[]> scales = new HashMap<>();

	private final Map<String, String> spelling = new HashMap<>();

	private final Map<String, String> numberWords = new HashMap<>();

	private Lexicon() {
		stopWords = new HashSet<>(WordLists.lines("stop-words"));
		negations = new HashSet<>(WordLists.lines("negations"));
		hedges = new HashSet<>(WordLists.lines("hedges"));
		temporal = new HashSet<>(WordLists.lines("temporal"));
		temporal.addAll(CalendarWords.ALL);
		for (String line : WordLists.lines("spelling")) {
			String[] pair = line.split("\\s+");
			spelling.put(pair[0], pair[1]);
		}
		for (String line : WordLists.lines("number-words")) {
			String[] pair = line.split("\\s+");
			numberWords.put(pair[0], pair[1]);
		}
		verbs = new HashSet<>();
		for (String verb : WordLists.lines("verbs")) {
			verbs.add(stem(verb));
		}
		intensifiers = new HashSet<>();
		int scale = 0;
		for (String line : WordLists.lines("intensity")) {
			if (line.startsWith("+")) {
				intensifiers.add(line.substring(1).trim());
				continue;
			}
			String[] levels = line.split("<");
			for (int level = 0; level < levels.length; level++) {
				for (String word : levels[level].split(",")) {
					scales.putIfAbsent(stem(word.trim()), new int[] { scale, level });
				}
			}
			scale++;
		}
	}

	/** The shared instance. */
	public static Lexicon get() {
		return INSTANCE;
	}

	/**
	 * The comparable form of a word: case, quote marks, dots of acronyms, thousands
	 * separators, number words and British/American spelling no longer matter, so two
	 * words with the same key differ only trivially.
	 */
	public String key(String surface) {
		String word = surface.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
		if (DOTTED_ACRONYM.matcher(word).matches()) {
			return word.replace(".", "");
		}
		if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
			return word.replace(",", "");
		}
		String number = numberWords.get(word);
		if (number != null) {
			return number;
		}
		String american = spelling.get(word);
		if (american != null) {
			return american;
		}
		Matcher matcher = YSE.matcher(word);
		if (matcher.matches()) {
			return matcher.group(1) + "z" + matcher.group(2);
		}
		matcher = ISE.matcher(word);
		if (matcher.matches()) {
			return matcher.group(1) + "z" + matcher.group(2);
		}
		if (word.length() >= 6) {
			matcher = OUR.matcher(word);
			if (matcher.matches()) {
				return matcher.group(1) + "or" + (matcher.group(2) == null ? "" : matcher.group(2));
			}
		}
		if (word.length() >= 5) {
			matcher = RE.matcher(word);
			if (matcher.matches()) {
				return matcher.group(1) + "er" + (matcher.group(2) == null ? "" : matcher.group(2));
			}
		}
		return word;
	}

	/**
	 * A light stem of a key: possessives, plurals, -ed, -ing and a final e go, so
	 * inflections meet.
	 */
	public String stem(String key) {
		String word = key;
		if (word.endsWith("'s")) {
			word = word.substring(0, word.length() - 2);
		}
		else if (word.endsWith("'")) {
			word = word.substring(0, word.length() - 1);
		}
		if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
			return word;
		}
		int length = word.length();
		if (length > 4 && (word.endsWith("ies") || word.endsWith("ied"))) {
			word = word.substring(0, length - 3) + "y";
		}
		else if (length > 5 && word.endsWith("ing")) {
			word = word.substring(0, length - 3);
		}
		else if (length > 4 && word.endsWith("ed")) {
			word = word.substring(0, length - 2);
		}
		else if (length > 4 && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("zes")
				|| word.endsWith("ches") || word.endsWith("shes"))) {
			word = word.substring(0, length - 2);
		}
		else if (length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
				&& !word.endsWith("is")) {
			word = word.substring(0, length - 1);
		}
		if (word.length() > 3 && word.endsWith("e")) {
			word = word.substring(0, word.length() - 1);
		}
		int last = word.length() - 1;
		if (last > 2 && word.charAt(last) == word.charAt(last - 1) && !isVowel(word.charAt(last))) {
			word = word.substring(0, last);
		}
		return word;
	}

	private static boolean isVowel(char c) {
		return "aeiou".indexOf(c) >= 0;
	}

	public boolean isStopWord(String key) {
		return stopWords.contains(key);
	}

	/** True for a negating word; {@code key} is lower case. */
	public boolean isNegation(String key) {
		return negations.contains(key) || key.endsWith("n't");
	}

	/** True for a hedge; "may" the month is capitalised, "may" the hedge is not. */
	public boolean isHedge(String key, String surface) {
		return hedges.contains(key) && !(temporal.contains(key) && Character.isUpperCase(surface.charAt(0)));
	}

	/** True for a time word or a plausible year. */
	public boolean isTemporal(String key, String surface) {
		if (hedges.contains(key) && temporal.contains(key)) {
			return Character.isUpperCase(surface.charAt(0));
		}
		return temporal.contains(key) || isYear(key);
	}

	public boolean isYear(String key) {
		if (key.length() != 4 && !(key.length() == 5 && key.endsWith("s"))) {
			return false;
		}
		for (int i = 0; i < 4; i++) {
			if (!Character.isDigit(key.charAt(i))) {
				return false;
			}
		}
		int year = Integer.parseInt(key.substring(0, 4));
		return year >= 1900 && year <= 2100;
	}

	/**
	 * True for a word that names an action: a listed verb or a regular -ed / -ing form.
	 */
	public boolean isVerb(String key) {
		if (stopWords.contains(key) || key.isEmpty() || !Character.isLetter(key.charAt(0))) {
			return false;
		}
		return verbs.contains(stem(key)) || (key.length() > 4 && key.endsWith("ed"))
				|| (key.length() > 5 && key.endsWith("ing"));
	}

	public boolean isIntensifier(String key) {
		return intensifiers.contains(key);
	}

	/** {scale, level} of a word of change such as "soared", or null. */
	public int[] intensity(String key) {
		return scales.get(stem(key));
	}

	/**
	 * The value of a number word or figure ("18.8m" is 18,800,000), or null when
	 * {@code key} is none.
	 */
	public Double number(String key) {
		String word = numberWords.getOrDefault(key, key);
		Matcher matcher = NUMBER.matcher(word);
		if (!matcher.matches()) {
			return null;
		}
		double value = Double.parseDouble(matcher.group(1));
		String suffix = matcher.group(2);
		return suffix == null ? value : value * scale(suffix);
	}

	/** The multiplier of a scale word ("million", "bn"), 1 when it is none. */
	public double scale(String key) {
		return switch (key) {
			case "k", "thousand" -> 1e3;
			case "m", "mn", "million", "millions" -> 1e6;
			case "b", "bn", "billion", "billions" -> 1e9;
			case "tn", "trillion" -> 1e12;
			case "hundred" -> 1e2;
			default -> 1;
		};
	}

}
