package org.crosscheck.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money ("$18.8 million", "€80m", "165.2 million dollars", "Rs 300
 * crore") and turns each into an exact {@link MoneyValue}.
 *
 * <p>
 * Conventions: a bare {@code $} is US dollars and a bare {@code ¥} is Japanese yen,
 * because the tool follows mostly US and international reporting; a range ("$10-12
 * million", "$3.5bn-$4bn") gives two suggestions, one per end, and the lower end borrows
 * the scale and currency of the upper one when it has none of its own and is the smaller
 * number. A number without a currency (a year, a percentage, a head count) is never
 * money.
 */
public final class MoneyParser {

	private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

	// Scale words in any case and joined by a hyphen too, as headlines and some house
	// styles write them ("$334 Million", "US$5.4-billion"); abbreviations in lower case,
	// or in capitals written onto the number ("$90.7m", "$334M", "$2BN", "$50K").
	private static final String SCALE = "(?:[\\s-]?(?i:thousand|million|billion|trillion|crores?|lakhs?)"
			+ "|\\s?(?:mn|bn|tn|m|b|k)|(?:MN|BN|TN|Mn|Bn|M|B|K))(?![\\p{L}\\d])";

	// Letters-and-symbol prefixes come before the bare symbols so that "US$" is not read
	// as "$".
	private static final String PREFIX = "US\\$|U\\.S\\.\\s?\\$|AU\\$|A\\$|CA\\$|C\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|€|£|¥|₹"
			+ "|Rs\\.?\\s?|(?:USD|EUR|GBP|JPY|INR|CNY|CHF|CAD|AUD)\\s?";

	private static final String CURRENCY_WORD = "(?:U\\.S\\.|US|American|Canadian|Australian|Hong Kong|Singapore|New Zealand)\\s+dollars?"
			+ "|dollars?|euros?|pounds?(?:\\s+sterling)?|yen|yuan|renminbi|rupees?|Swiss\\s+francs?"
			+ "|USD|EUR|GBP|JPY|INR|CNY|CHF|CAD|AUD";

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/**
	 * What may stand between a number and its scale word: "$334 Million",
	 * "US$5.4-billion".
	 */
	private static final Pattern SCALE_GAP = Pattern.compile("^[\\s-]+");

	private static final Pattern PREFIXED = Pattern.compile("(?<cur>" + PREFIX + ")(?<n1>" + NUMBER + ")(?<s1>" + SCALE
			+ ")?(?:(?<sep>\\s?[-–—]\\s?|\\s+to\\s+)(?<cur2>" + PREFIX + ")?(?<n2>" + NUMBER + ")(?<s2>" + SCALE
			+ ")?)?");

	private static final Pattern SUFFIXED = Pattern
		.compile(
				"(?<n1>" + NUMBER + ")(?<s1>" + SCALE + ")?(?:(?<sep>\\s?[-–—]\\s?|\\s+to\\s+)(?<n2>" + NUMBER
						+ ")(?<s2>" + SCALE + ")?)?\\s?(?<word>" + CURRENCY_WORD + ")(?![\\p{L}])",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern POUNDS_OF_WEIGHT = Pattern.compile("\\s+of\\b");

	private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "USD"), Map.entry("us$", "USD"),
			Map.entry("u.s.$", "USD"), Map.entry("au$", "AUD"), Map.entry("a$", "AUD"), Map.entry("ca$", "CAD"),
			Map.entry("c$", "CAD"), Map.entry("nz$", "NZD"), Map.entry("hk$", "HKD"), Map.entry("s$", "SGD"),
			Map.entry("r$", "BRL"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
			Map.entry("₹", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"));

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("dollar", "USD"),
			Map.entry("u.s. dollar", "USD"), Map.entry("us dollar", "USD"), Map.entry("american dollar", "USD"),
			Map.entry("canadian dollar", "CAD"), Map.entry("australian dollar", "AUD"),
			Map.entry("hong kong dollar", "HKD"), Map.entry("singapore dollar", "SGD"),
			Map.entry("new zealand dollar", "NZD"), Map.entry("euro", "EUR"), Map.entry("pound", "GBP"),
			Map.entry("pound sterling", "GBP"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
			Map.entry("renminbi", "CNY"), Map.entry("rupee", "INR"), Map.entry("swiss franc", "CHF"));

	private static final java.util.Set<String> ISO_CODES = java.util.Set.of("USD", "EUR", "GBP", "JPY", "INR", "CNY",
			"CHF", "CAD", "AUD");

	private MoneyParser() {
	}

	/** Every amount of money in {@code text}, in order of position. */
	public static List<Suggestion> find(String text) {
		List<Suggestion> found = new ArrayList<>();
		Matcher prefixed = PREFIXED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		Matcher suffixed = SUFFIXED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		int length = text.length();
		int coveredUntil = 0;
		for (int i = 0; i < length; i++) {
			if (i < coveredUntil) {
				continue;
			}
			char c = text.charAt(i);
			int matchedEnd = -1;
			if (isSymbol(c) || startsPrefixWord(text, i)) {
				int from = symbolWordStart(text, i);
				matchedEnd = tryPrefixed(text, prefixed, from, found);
				if (matchedEnd < 0 && from != i) {
					matchedEnd = tryPrefixed(text, prefixed, i, found);
				}
			}
			else if (c >= '0' && c <= '9' && startsNumber(text, i)) {
				matchedEnd = trySuffixed(text, suffixed, i, found);
			}
			if (matchedEnd > 0) {
				coveredUntil = matchedEnd;
			}
		}
		return found;
	}

	/**
	 * The amount that {@code words} state as a whole ("$1.2 billion"), if they are
	 * exactly one amount.
	 */
	public static Optional<MoneyValue> parse(String words) {
		String trimmed = words.strip();
		List<Suggestion> found = find(trimmed);
		if (found.size() == 1 && found.getFirst().start() == 0 && found.getFirst().end() == trimmed.length()) {
			return Optional.of((MoneyValue) found.getFirst().value());
		}
		return Optional.empty();
	}

	private static int tryPrefixed(String text, Matcher matcher, int from, List<Suggestion> found) {
		matcher.region(from, Math.min(text.length(), from + 80));
		if (!matcher.lookingAt()
				|| (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)) && !isSymbol(text.charAt(from)))) {
			return -1;
		}
		String currency = SYMBOLS.get(normaliseSymbol(matcher.group("cur")));
		if (currency == null) {
			currency = matcher.group("cur").strip().toUpperCase(Locale.ROOT);
		}
		String upperCurrency = matcher.group("cur2") == null ? currency : currencyOfPrefix(matcher.group("cur2"));
		return emit(text, matcher, currency, upperCurrency, matcher.group("cur2") != null, found);
	}

	private static int trySuffixed(String text, Matcher matcher, int from, List<Suggestion> found) {
		matcher.region(from, Math.min(text.length(), from + 80));
		if (!matcher.lookingAt()) {
			return -1;
		}
		String word = matcher.group("word");
		if (word.toLowerCase(Locale.ROOT).startsWith("pound")) {
			// "5,000 pounds of cocaine" is a weight, not money.
			Matcher weight = POUNDS_OF_WEIGHT.matcher(text)
				.region(matcher.end(), Math.min(text.length(), matcher.end() + 6));
			if (weight.lookingAt()) {
				return -1;
			}
		}
		String currency = currencyOfWord(word);
		return emit(text, matcher, currency, currency, true, found);
	}

	private static int emit(String text, Matcher matcher, String currency, String upperCurrency,
			boolean upperHasCurrency, List<Suggestion> found) {
		String lowerScale = matcher.group("s1");
		BigDecimal lower = number(matcher.group("n1"));
		if (matcher.group("n2") == null) {
			add(text, found, matcher.start(), matcher.end(), scaled(lower, lowerScale), currency);
			return matcher.end();
		}
		String upperScale = matcher.group("s2");
		BigDecimal upper = number(matcher.group("n2"));
		boolean saidTo = matcher.group("sep").strip().equalsIgnoreCase("to");
		// "$5 million to 10 people": after "to", a bare number is a range end only with a
		// currency or scale.
		if (saidTo && !upperHasCurrency && upperScale == null && lowerScale != null) {
			int end = matcher.end("s1");
			add(text, found, matcher.start(), end, scaled(lower, lowerScale), currency);
			return end;
		}
		String effectiveLowerScale = lowerScale;
		if (lowerScale == null && upperScale != null && lower.compareTo(upper) < 0) {
			effectiveLowerScale = upperScale;
		}
		int lowerEnd = lowerScale == null ? matcher.end("n1") : matcher.end("s1");
		// The suffixed form names the currency only after the upper end; both ends share
		// it.
		int upperStart = matcher.end("sep");
		add(text, found, matcher.start(), lowerEnd, scaled(lower, effectiveLowerScale), currency);
		add(text, found, upperStart, matcher.end(), scaled(upper, upperScale), upperCurrency);
		return matcher.end();
	}

	private static void add(String text, List<Suggestion> found, int start, int end, BigDecimal amount,
			String currency) {
		found.add(new Suggestion(SuggestionKind.MONEY, start, end, text.substring(start, end),
				new MoneyValue(amount, currency)));
	}

	private static BigDecimal number(String digits) {
		return new BigDecimal(digits.replace(",", ""));
	}

	/**
	 * The amount times its scale word, without trailing zeros but never in exponent form
	 * (18.8 million is 18800000).
	 */
	static BigDecimal scaled(BigDecimal number, String scale) {
		BigDecimal amount = number.movePointRight(scaleExponent(scale)).stripTrailingZeros();
		return amount.scale() < 0 ? amount.setScale(0) : amount;
	}

	private static int scaleExponent(String scale) {
		if (scale == null) {
			return 0;
		}
		return switch (SCALE_GAP.matcher(scale).replaceFirst("").toLowerCase(Locale.ROOT)) {
			case "thousand", "k" -> 3;
			case "lakh", "lakhs" -> 5;
			case "million", "mn", "m" -> 6;
			case "crore", "crores" -> 7;
			case "billion", "bn", "b" -> 9;
			case "trillion", "tn" -> 12;
			default -> 0;
		};
	}

	private static String currencyOfPrefix(String prefix) {
		String code = SYMBOLS.get(normaliseSymbol(prefix));
		return code != null ? code : prefix.strip().toUpperCase(Locale.ROOT);
	}

	private static String currencyOfWord(String word) {
		String lower = WHITESPACE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(" ");
		if (ISO_CODES.contains(lower.toUpperCase(Locale.ROOT))) {
			return lower.toUpperCase(Locale.ROOT);
		}
		String singular = lower.endsWith("s") && !lower.endsWith("renminbis") ? lower.substring(0, lower.length() - 1)
				: lower;
		if (singular.endsWith(" sterling")) {
			return "GBP";
		}
		String code = WORDS.get(singular);
		if (code == null) {
			code = WORDS.get(lower);
		}
		return code != null ? code : "USD";
	}

	private static String normaliseSymbol(String prefix) {
		return prefix.replace(" ", "").strip().toLowerCase(Locale.ROOT);
	}

	private static boolean isSymbol(char c) {
		return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹';
	}

	// Cheap look at the letters so that the prefix pattern only runs where a currency
	// word can begin.
	private static boolean startsPrefixWord(String text, int i) {
		if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
			return false;
		}
		char c = text.charAt(i);
		if (c == 'R' && text.startsWith("Rs", i)) {
			return true;
		}
		if (c < 'A' || c > 'Z' || i + 3 >= text.length()) {
			return false;
		}
		return switch (text.substring(i, i + 3)) {
			case "USD", "EUR", "GBP", "JPY", "INR", "CNY", "CHF", "CAD", "AUD" -> true;
			default -> false;
		};
	}

	// "US$", "A$", "U.S. $": the currency words start a few letters before the symbol.
	private static int symbolWordStart(String text, int i) {
		if (!isSymbol(text.charAt(i))) {
			return i;
		}
		int start = i;
		while (start > 0 && i - start < 5
				&& (Character.isUpperCase(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
						|| (text.charAt(start - 1) == ' ' && start - 2 >= 0 && text.charAt(start - 2) == '.'))) {
			start--;
		}
		return start;
	}

	private static boolean startsNumber(String text, int i) {
		if (i == 0) {
			return true;
		}
		char before = text.charAt(i - 1);
		return !Character.isLetterOrDigit(before) && before != '.' && before != ',' && !isSymbol(before);
	}

}
