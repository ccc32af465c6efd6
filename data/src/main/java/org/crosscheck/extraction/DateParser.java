package org.crosscheck.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.common.Remedy;
import org.crosscheck.text.CalendarWords;
import org.crosscheck.text.WordLists;

/**
 * Finds dates and intervals in a text and places them on the calendar, relative
 * expressions against the source's publication date.
 *
 * <p>
 * Conventions, chosen as most readers of news read them:
 * <ul>
 * <li>"early 2025" is January–April, "mid-2025" May–August, "late 2025"
 * September–December (intervals of MONTH precision); "early September" is days 1–10,
 * "mid-" 11–20, "late" 21–end.</li>
 * <li>"last September" is the most recent September strictly before the publication
 * month, "next September" the first strictly after it, "this September" the one of the
 * publication year.</li>
 * <li>"on Wednesday" is the most recent Wednesday on or before publication, or the next
 * one on or after it when the sentence speaks of the future ("will"); "last Wednesday" is
 * strictly before.</li>
 * <li>"the six months leading up to January 2026" (also "before", "prior to",
 * "preceding") ends before the reference: 2025-07-01..2025-12-31; "the six months
 * to/through/ending January 2026" includes it: 2025-08-01..2026-01-31.</li>
 * <li>A bare month without year ("runs until September") is AMBIGUOUS: after "until",
 * "by", "through" or "before", or in a sentence about the future, the next such month on
 * or after the publication month; after "since" the latest on or before it; otherwise the
 * nearest one.</li>
 * <li>A day and month without year ("on March 5") is the occurrence nearest the
 * publication date.</li>
 * <li>A year alone ("2032") is a date only after a date word ("in", "until", "by",
 * "since", ...), so that "2,032 people" and amounts are left alone.</li>
 * </ul>
 * Without a publication date every relative expression is UNRESOLVED and says how to set
 * one.
 */
public final class DateParser {

	/** The hint of every date that needs a publication date the source does not have. */
	public static final String NO_PUBLICATION_HINT = "the source has no publication date; "
			+ Remedy.setPublished(null).words();

	private static final List<String> FULL_MONTHS = CalendarWords.capitalised(CalendarWords.FULL_MONTHS);

	private static final List<String> MONTH_ABBREVIATIONS = CalendarWords
		.capitalised(CalendarWords.MONTH_ABBREVIATIONS);

	private static final String MONTH_NAMES = String.join("|", FULL_MONTHS);

	private static final String MONTH = "(?:" + MONTH_NAMES + "|"
			+ String.join("|", MONTH_ABBREVIATIONS.stream().map(abbreviation -> abbreviation + "\\.?").toList())
			+ ")(?![\\p{L}])";

	private static final String FULL_MONTH = "(?:" + MONTH_NAMES + ")(?![\\p{L}])";

	private static final List<String> WEEKDAYS = CalendarWords.capitalised(CalendarWords.WEEKDAYS);

	private static final String WEEKDAY = "(?<wd>" + String.join("|", WEEKDAYS) + ")(?![\\p{L}])";

	private static final Map<String, Integer> NUMBER_WORDS = numberWords();

	private static final String NUMBER = "(?<n>\\d{1,3}|(?i:" + String.join("|", NUMBER_WORDS.keySet()) + "))";

	private static final String UNIT = "(?<unit>(?i:days?|weeks?|months?|years?))(?![\\p{L}])";

	private static String month(String group) {
		return "(?<" + group + ">" + MONTH + ")";
	}

	private static String fullMonth(String group) {
		return "(?<" + group + ">" + FULL_MONTH + ")";
	}

	private static String year(String group) {
		return "(?<" + group + ">1[89]\\d\\d|20\\d\\d)(?![\\d%]|[.,]\\d|\\s?per\\s?cent)";
	}

	private static String day(String group) {
		return "(?<" + group + ">3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])";
	}

	private static final String UNTIL = "\\s*(?:-|–|—|(?i:to|until|through|till|and))\\s*";

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern FUTURE_TENSE = Pattern.compile(
			"\\b(?:will|shall|(?:is|are)\\s+(?:due|expected|scheduled|set|slated|going)\\s+to|plans?\\s+to)\\b|'ll\\b|’ll\\b");

	// Words that open a clause of its own ("that", "which", "after") and the punctuation
	// that sets one apart.
	private static final Pattern CLAUSE_OPENER = Pattern
		.compile("\\b(?i:that|which|who|whom|after|when|since|because|while|where)\\b|[,;:(—–]");

	private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

	private static final Set<String> PAST_FORMS = WordLists.set("past-tense");

	private static final Set<String> NOT_PAST = WordLists.set("not-past-tense");

	private static final Set<String> YEAR_CUES = Set.of("in", "until", "till", "by", "since", "through", "throughout",
			"before", "after", "during", "from", "to", "circa", "around", "year", "calendar");

	// After these a number is as often a quantity ("rose by 2025 units") as a year.
	private static final Set<String> QUANTITY_CUES = Set.of("to", "by", "around");

	private static final Set<String> FUNCTION_WORDS = WordLists.set("stop-words");

	private static final Set<String> BARE_MONTH_CUES = Set.of("in", "until", "till", "through", "by", "since", "from",
			"before", "after", "during", "throughout");

	private static final Set<String> FORWARD_CUES = Set.of("until", "till", "through", "by", "before");

	/**
	 * The number words, longest first (so that no word hides a longer one in the
	 * pattern), and "a"/"an" as one.
	 */
	private static Map<String, Integer> numberWords() {
		Map<String, Integer> words = new LinkedHashMap<>();
		WordLists.lines("number-words")
			.stream()
			.map(line -> line.split("\\s+"))
			.sorted(Comparator.comparingInt((String[] pair) -> pair[0].length()).reversed())
			.forEach(pair -> words.put(pair[0], Integer.valueOf(pair[1])));
		words.put("an", 1);
		words.put("a", 1);
		return words;
	}

	/**
	 * What a rule sees: the text, where its trigger word stands and the word before it.
	 */
	private record Context(String text, LocalDate published, int triggerStart, String previousWord) {
	}

	@FunctionalInterface
	private interface Resolver {

		/** The date the match states, or null when the match is not a date after all. */
		DateValue resolve(Matcher match, Context context);

	}

	private record Rule(Pattern pattern, Resolver resolver) {
	}

	private static final Map<String, List<Rule>> RULES_BY_TRIGGER = new HashMap<>();

	private static final List<Rule> YEAR_RULES = new ArrayList<>();

	private static final List<Rule> DAY_NUMBER_RULES = new ArrayList<>();

	static {
		List<String> monthTriggers = new ArrayList<>(FULL_MONTHS);
		monthTriggers.addAll(MONTH_ABBREVIATIONS);
		// Month first: full dates, month and year, ranges of months, day without year,
		// bare month.
		register(monthTriggers,
				List.of(rule(month("m1") + "\\s+" + day("d1") + UNTIL + day("d2") + ",?\\s+" + year("y1"),
						DateParser::monthDaysYear),
						rule(month("m1") + "\\s+" + day("d1") + ",?\\s+" + year("y1"), DateParser::monthDayYear),
						rule(month("m1") + UNTIL + month("m2") + ",?\\s+" + year("y1"), DateParser::monthRangeYear),
						rule(month("m1") + ",?\\s+(?:of\\s+)?" + year("y1"), DateParser::monthYear),
						rule(month("m1") + "\\s+" + day("d1") + "(?!\\s*,?\\s*\\d)", DateParser::monthDayNoYear),
						rule(fullMonth("m1"), DateParser::bareMonth)));
		register(WEEKDAYS,
				List.of(rule(WEEKDAY + ",?\\s+" + month("m1") + "\\s+" + day("d1") + ",?\\s+" + year("y1"),
						DateParser::monthDayYear),
						rule(WEEKDAY + ",?\\s+" + day("d1") + "\\s+" + month("m1") + ",?\\s+" + year("y1"),
								DateParser::monthDayYear),
						rule(WEEKDAY + ",?\\s+" + month("m1") + "\\s+" + day("d1") + "(?!\\s*,?\\s*\\d)",
								DateParser::monthDayNoYear),
						rule(WEEKDAY, DateParser::weekday)));
		register(List.of("last", "next", "this", "previous", "coming", "past", "current"), List.of(rule(
				"(?<rel>(?i:last|next|this|previous|coming|past|current))\\s+(?<unit>(?i:week|month|year|quarter))(?![\\p{L}])",
				DateParser::relativeUnit),
				rule("(?<rel>(?i:last|next|this))\\s+" + fullMonth("m1"), DateParser::relativeMonth),
				rule("(?<rel>(?i:last|next|this))\\s+" + WEEKDAY, DateParser::relativeWeekday)));
		String ordinalQuarter = "(?<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\\s+(?i:quarter)\\s+(?:(?i:of)\\s+)?"
				+ year("y1");
		String ordinalHalf = "(?<ord>(?i:first|second|1st|2nd))\\s+(?i:half)\\s+(?:(?i:of)\\s+)?" + year("y1");
		List<Rule> dayNumberRules = List.of(
				rule(day("d1") + "\\s+(?:of\\s+)?" + month("m1") + ",?\\s+" + year("y1"), DateParser::monthDayYear),
				rule(day("d1") + "\\s+(?:of\\s+)?" + month("m1") + "(?!,?\\s*\\d)", DateParser::monthDayNoYear));
		Rule ago = rule(NUMBER + "\\s+" + UNIT + "\\s+(?i:ago)(?![\\p{L}])", DateParser::ago);
		List<Rule> ordinalRules = new ArrayList<>(
				List.of(rule(ordinalQuarter, DateParser::ordinalQuarter), rule(ordinalHalf, DateParser::half)));
		register(List.of("first", "second", "third", "fourth", "final"), ordinalRules);
		ordinalRules.addAll(dayNumberRules);
		register(List.of("1st", "2nd", "3rd", "4th"), ordinalRules);
		register(List.of("the"),
				List.of(rule("(?i:the)\\s+" + ordinalQuarter, DateParser::ordinalQuarter),
						rule("(?i:the)\\s+" + ordinalHalf, DateParser::half),
						rule("(?i:the)\\s+(?<edge>(?i:end|start|beginning|middle|close))\\s+(?i:of)\\s+(?:"
								+ fullMonth("m1") + "(?:,?\\s+" + year("y1") + ")?|" + year("y2")
								+ "|(?<rel>(?i:this|last|next|the))\\s+(?<unit>(?i:year|month)))", DateParser::edge),
						rule("(?i:the)\\s+(?i:past|last|previous)\\s+" + NUMBER + "\\s+" + UNIT,
								DateParser::rollingWindow),
						rule("(?i:the)\\s+(?:" + NUMBER + "\\s+)?" + UNIT
								+ "\\s+(?<link>(?i:leading\\s+up\\s+to|running\\s+up\\s+to|up\\s+to|before|prior\\s+to|preceding|to|through|until|ending(?:\\s+in|\\s+on)?|ended(?:\\s+in)?))\\s+(?:"
								+ month("rm") + "\\s+(?:" + day("rd") + ",?\\s+)?)?" + year("ry"),
								DateParser::spanToReference),
						rule("(?i:the)\\s+(?<decade>1[89]\\d0|20\\d0)s(?![\\p{L}])", DateParser::decade)));
		register(List.of("between", "from"), List.of(
				rule("(?i:between|from)\\s+" + month("m1") + "\\s+" + day("d1") + "(?:,?\\s+" + year("y1") + ")?"
						+ UNTIL + month("m2") + "\\s+" + day("d2") + ",?\\s+" + year("y2"), DateParser::dayRange),
				rule("(?i:between|from)\\s+" + month("m1") + "(?:,?\\s+" + year("y1") + ")?" + UNTIL + month("m2")
						+ ",?\\s+" + year("y2"), DateParser::monthRange),
				rule("(?i:between|from)\\s+" + year("y1") + UNTIL + year("y2"), DateParser::yearRange)));
		register(List.of("early", "late", "mid"), List.of(
				rule("(?<part>(?i:early|late|mid))(?:-|\\s+)(?:(?i:in)\\s+)?" + year("y1"), DateParser::partOfYear),
				rule("(?<part>(?i:early|late|mid))(?:-|\\s+)" + fullMonth("m1") + "(?:,?\\s+" + year("y1") + ")?",
						DateParser::partOfMonth)));
		register(List.of("yesterday", "today", "tomorrow", "tonight"),
				List.of(rule("(?<word>(?i:yesterday|today|tomorrow|tonight))(?![\\p{L}])", DateParser::dayWord)));
		register(List.of("earlier", "later"),
				List.of(rule("(?<word>(?i:earlier|later))\\s+(?i:this)\\s+(?<unit>(?i:year|month|week))(?![\\p{L}])",
						DateParser::earlierOrLaterThis)));
		register(List.of("q1", "q2", "q3", "q4"),
				List.of(rule("Q(?<q>[1-4])\\s*(?:(?i:of)\\s+)?" + year("y1"), DateParser::quarter)));
		register(List.of("h1", "h2"), List.of(rule("H(?<ord>[12])\\s*" + year("y1"), DateParser::half)));
		register(List.of("fiscal"),
				List.of(rule("(?i:fiscal)(?:\\s+(?i:year))?\\s+" + year("y1"), DateParser::fiscalYear)));
		register(List.of("fy"),
				List.of(rule("FY\\s?(?:" + year("y1") + "|'?(?<yy>\\d\\d)(?!\\d))", DateParser::fiscalYear)));
		for (String trigger : NUMBER_WORDS.keySet()) {
			RULES_BY_TRIGGER.computeIfAbsent(trigger, key -> new ArrayList<>()).add(ago);
		}
		DAY_NUMBER_RULES.addAll(dayNumberRules);
		DAY_NUMBER_RULES.add(ago);
		YEAR_RULES
			.add(rule(year("y1") + "\\s*[-–/]\\s*(?:" + year("y2") + "|(?<yy>\\d\\d)(?!\\d))", DateParser::yearRange));
		YEAR_RULES.add(rule(year("y1"), DateParser::yearAfterCue));
	}

	private static void register(List<String> triggers, List<Rule> rules) {
		for (String trigger : triggers) {
			RULES_BY_TRIGGER.computeIfAbsent(trigger, key -> new ArrayList<>()).addAll(rules);
		}
	}

	private static Rule rule(String regex, Resolver resolver) {
		return new Rule(Pattern.compile(regex), resolver);
	}

	private DateParser() {
	}

	/**
	 * Every date expression in {@code text}, resolved against {@code published} (may be
	 * null), in order.
	 */
	public static List<Suggestion> find(String text, LocalDate published) {
		List<Suggestion> found = new ArrayList<>();
		Map<Pattern, Matcher> matchers = new HashMap<>();
		int length = text.length();
		int previousStart = -1;
		int previousEnd = -1;
		int coveredUntil = 0;
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				i++;
				continue;
			}
			int start = i;
			while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			int end = i;
			if (start >= coveredUntil) {
				List<Rule> rules = rulesFor(text, start, end);
				if (rules != null) {
					String previousWord = previousStart >= 0 && onlySpaces(text, previousEnd, start)
							? text.substring(previousStart, previousEnd).toLowerCase(Locale.ROOT) : null;
					Context context = new Context(text, published, start, previousWord);
					Suggestion best = null;
					for (Rule rule : rules) {
						Matcher matcher = matchers.computeIfAbsent(rule.pattern(),
								pattern -> pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
						matcher.region(start, Math.min(length, start + 160));
						if (!matcher.lookingAt() || (best != null && matcher.end() <= best.end())) {
							continue;
						}
						DateValue value = rule.resolver().resolve(matcher, context);
						if (value != null) {
							best = new Suggestion(SuggestionKind.DATE, start, matcher.end(),
									text.substring(start, matcher.end()), value);
						}
					}
					if (best != null) {
						found.add(best);
						coveredUntil = best.end();
					}
				}
			}
			previousStart = start;
			previousEnd = end;
		}
		return found;
	}

	/**
	 * The date that {@code words} state as a whole ("last September"), if they are
	 * exactly one date expression.
	 */
	public static Optional<DateValue> parse(String words, LocalDate published) {
		String trimmed = words.strip();
		List<Suggestion> found = find(trimmed, published);
		if (found.size() == 1 && found.getFirst().start() == 0 && found.getFirst().end() == trimmed.length()) {
			return Optional.of((DateValue) found.getFirst().value());
		}
		// A lone year or bare month has no cue word here; read it as the words of a date.
		List<Suggestion> cued = find("in " + trimmed, published);
		if (cued.size() == 1 && cued.getFirst().start() == 3 && cued.getFirst().end() == trimmed.length() + 3) {
			return Optional.of((DateValue) cued.getFirst().value());
		}
		return Optional.empty();
	}

	private static List<Rule> rulesFor(String text, int start, int end) {
		int length = end - start;
		char first = text.charAt(start);
		if (first >= '0' && first <= '9') {
			if (length == 4 && allDigits(text, start, end)) {
				if (start > 0 && isMoneyOrNumberMark(text.charAt(start - 1))) {
					return null;
				}
				return YEAR_RULES;
			}
			if (length <= 2 && allDigits(text, start, end)) {
				return start > 0 && isMoneyOrNumberMark(text.charAt(start - 1)) ? null : DAY_NUMBER_RULES;
			}
			if (length <= 4) {
				// "1st", "2nd": ordinals that may start a quarter or a day.
				List<Rule> ordinal = RULES_BY_TRIGGER.get(text.substring(start, end).toLowerCase(Locale.ROOT));
				return ordinal != null ? ordinal : (Character.isLetter(text.charAt(end - 1)) ? DAY_NUMBER_RULES : null);
			}
			return null;
		}
		if (length > 10) {
			return null;
		}
		String word = text.substring(start, end);
		List<Rule> rules = RULES_BY_TRIGGER.get(word);
		if (rules != null) {
			return rules;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.startsWith("fy") && (length == 2 || Character.isDigit(lower.charAt(2)))) {
			return RULES_BY_TRIGGER.get("fy");
		}
		return RULES_BY_TRIGGER.get(lower);
	}

	private static boolean allDigits(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isMoneyOrNumberMark(char c) {
		return c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '.' || c == ',' || c == '#';
	}

	private static boolean onlySpaces(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '\u00a0' && c != '\t') {
				return false;
			}
		}
		return true;
	}

	// ---- absolute dates ----

	private static DateValue monthDayYear(Matcher m, Context c) {
		LocalDate date = date(year(m, "y1"), CalendarWords.number(m.group("m1")), number(m, "d1"));
		return date == null ? null : resolved(date, date, DatePrecision.DAY, false, "absolute: day, month and year");
	}

	private static DateValue monthDaysYear(Matcher m, Context c) {
		int year = year(m, "y1");
		int month = CalendarWords.number(m.group("m1"));
		LocalDate from = date(year, month, number(m, "d1"));
		LocalDate to = date(year, month, number(m, "d2"));
		if (from == null || to == null || !to.isAfter(from)) {
			return null;
		}
		return resolved(from, to, DatePrecision.DAY, true, "absolute: days of one month and year");
	}

	private static DateValue monthYear(Matcher m, Context c) {
		YearMonth month = YearMonth.of(year(m, "y1"), CalendarWords.number(m.group("m1")));
		return resolved(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, false, "absolute: month and year");
	}

	private static DateValue monthRangeYear(Matcher m, Context c) {
		int year = year(m, "y1");
		int firstMonth = CalendarWords.number(m.group("m1"));
		int lastMonth = CalendarWords.number(m.group("m2"));
		// "November–February 2025" starts in the year before the one named.
		YearMonth from = YearMonth.of(firstMonth <= lastMonth ? year : year - 1, firstMonth);
		YearMonth to = YearMonth.of(year, lastMonth);
		if (from.equals(to)) {
			return null;
		}
		return resolved(from.atDay(1), to.atEndOfMonth(), DatePrecision.MONTH, true, "absolute: months of one year");
	}

	private static DateValue monthRange(Matcher m, Context c) {
		int lastYear = year(m, "y2");
		int firstMonth = CalendarWords.number(m.group("m1"));
		int lastMonth = CalendarWords.number(m.group("m2"));
		int firstYear = m.group("y1") != null ? year(m, "y1") : (firstMonth <= lastMonth ? lastYear : lastYear - 1);
		YearMonth from = YearMonth.of(firstYear, firstMonth);
		YearMonth to = YearMonth.of(lastYear, lastMonth);
		if (!to.isAfter(from)) {
			return null;
		}
		return resolved(from.atDay(1), to.atEndOfMonth(), DatePrecision.MONTH, true,
				"absolute: from one month to another");
	}

	private static DateValue dayRange(Matcher m, Context c) {
		int lastYear = year(m, "y2");
		int firstYear = m.group("y1") != null ? year(m, "y1") : lastYear;
		LocalDate from = date(firstYear, CalendarWords.number(m.group("m1")), number(m, "d1"));
		LocalDate to = date(lastYear, CalendarWords.number(m.group("m2")), number(m, "d2"));
		if (from == null || to == null) {
			return null;
		}
		if (m.group("y1") == null && from.isAfter(to)) {
			from = from.minusYears(1);
		}
		if (!to.isAfter(from)) {
			return null;
		}
		return resolved(from, to, DatePrecision.DAY, true, "absolute: from one day to another");
	}

	private static DateValue yearRange(Matcher m, Context c) {
		int first = year(m, "y1");
		int last;
		if (m.group("y2") != null) {
			last = year(m, "y2");
		}
		else {
			// "2021-23": the second year is written with its last two digits only.
			last = first / 100 * 100 + Integer.parseInt(m.group("yy"));
		}
		if (last <= first || last - first > 50) {
			return null;
		}
		return resolved(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), DatePrecision.YEAR, true,
				"absolute: from one year to another");
	}

	private static DateValue yearAfterCue(Matcher m, Context c) {
		if (c.previousWord() == null || !YEAR_CUES.contains(c.previousWord())) {
			return null;
		}
		if (QUANTITY_CUES.contains(c.previousWord()) && followedByLowerCaseNoun(c.text(), m.end())) {
			return null;
		}
		int year = year(m, "y1");
		return resolved(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false,
				"absolute: year after '" + c.previousWord() + "'");
	}

	// "increase to 2032 employees": a noun right after the number makes it a count.
	private static boolean followedByLowerCaseNoun(String text, int end) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		if (i == end || i >= text.length() || !Character.isLowerCase(text.charAt(i))) {
			return false;
		}
		int wordEnd = i;
		while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
			wordEnd++;
		}
		return !FUNCTION_WORDS.contains(text.substring(i, wordEnd));
	}

	private static DateValue ordinalQuarter(Matcher m, Context c) {
		String ordinal = m.group("ord").toLowerCase(Locale.ROOT);
		int quarter = switch (ordinal) {
			case "first", "1st" -> 1;
			case "second", "2nd" -> 2;
			case "third", "3rd" -> 3;
			default -> 4;
		};
		return quarterValue(year(m, "y1"), quarter, "absolute: quarter of a year");
	}

	private static DateValue quarter(Matcher m, Context c) {
		return quarterValue(year(m, "y1"), Integer.parseInt(m.group("q")), "absolute: quarter of a year");
	}

	private static DateValue quarterValue(int year, int quarter, String rule) {
		YearMonth first = YearMonth.of(year, quarter * 3 - 2);
		return resolved(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.QUARTER, false, rule);
	}

	private static DateValue half(Matcher m, Context c) {
		String ordinal = m.group("ord").toLowerCase(Locale.ROOT);
		boolean firstHalf = ordinal.equals("1") || ordinal.startsWith("first") || ordinal.equals("1st");
		int year = year(m, "y1");
		YearMonth from = YearMonth.of(year, firstHalf ? 1 : 7);
		return resolved(from.atDay(1), from.plusMonths(5).atEndOfMonth(), DatePrecision.MONTH, true,
				"absolute: half of a year");
	}

	private static DateValue decade(Matcher m, Context c) {
		int first = Integer.parseInt(m.group("decade"));
		return resolved(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31), DatePrecision.YEAR, true,
				"absolute: decade");
	}

	private static DateValue partOfYear(Matcher m, Context c) {
		int year = year(m, "y1");
		String part = m.group("part").toLowerCase(Locale.ROOT);
		int firstMonth = switch (part) {
			case "early" -> 1;
			case "mid" -> 5;
			default -> 9;
		};
		YearMonth from = YearMonth.of(year, firstMonth);
		return resolved(from.atDay(1), from.plusMonths(3).atEndOfMonth(), DatePrecision.MONTH, true, "absolute: " + part
				+ " year ("
				+ (part.equals("early") ? "January–April" : part.equals("mid") ? "May–August" : "September–December")
				+ ")");
	}

	private static DateValue partOfMonth(Matcher m, Context c) {
		Integer year = m.group("y1") != null ? year(m, "y1") : null;
		return partOfMonthValue(m.group("part").toLowerCase(Locale.ROOT), CalendarWords.number(m.group("m1")), year, c,
				m.start());
	}

	private static DateValue partOfMonthValue(String part, int month, Integer year, Context c, int at) {
		DateValue whole;
		if (year != null) {
			YearMonth yearMonth = YearMonth.of(year, month);
			whole = resolved(yearMonth.atDay(1), yearMonth.atEndOfMonth(), DatePrecision.MONTH, false,
					"absolute: month and year");
		}
		else {
			whole = bareMonthValue(month, c, at);
			if (whole.status() == DateStatus.UNRESOLVED) {
				return new DateValue(null, null, DatePrecision.DAY, true, DateStatus.UNRESOLVED,
						"relative: " + part + " " + monthName(month) + " without year: needs the publication date",
						NO_PUBLICATION_HINT);
			}
		}
		LocalDate first = whole.start();
		LocalDate from = switch (part) {
			case "early" -> first;
			case "mid" -> first.withDayOfMonth(11);
			default -> first.withDayOfMonth(21);
		};
		LocalDate to = switch (part) {
			case "early" -> first.withDayOfMonth(10);
			case "mid" -> first.withDayOfMonth(20);
			default -> whole.end();
		};
		return new DateValue(from, to, DatePrecision.DAY, true, whole.status(),
				whole.rule() + "; " + part + " month (days " + from.getDayOfMonth() + "–" + to.getDayOfMonth() + ")",
				whole.hint());
	}

	private static DateValue edge(Matcher m, Context c) {
		String edge = m.group("edge").toLowerCase(Locale.ROOT);
		if (m.group("m1") != null) {
			// "the end of September" is the last third of that month.
			String part = switch (edge) {
				case "start", "beginning" -> "early";
				case "middle" -> "mid";
				default -> "late";
			};
			Integer year = m.group("y1") != null ? year(m, "y1") : null;
			return partOfMonthValue(part, CalendarWords.number(m.group("m1")), year, c, m.start());
		}
		YearMonth firstMonth;
		String rule;
		if (m.group("y2") != null) {
			firstMonth = YearMonth.of(year(m, "y2"), 1);
			rule = "absolute: the " + edge + " of a year";
		}
		else {
			String relation = m.group("rel").toLowerCase(Locale.ROOT);
			boolean ofMonth = m.group("unit").equalsIgnoreCase("month");
			if (c.published() == null) {
				return unresolved(ofMonth ? DatePrecision.DAY : DatePrecision.MONTH, false,
						"relative: the " + edge + " of a " + (ofMonth ? "month" : "year"));
			}
			int shift = switch (relation) {
				case "last" -> -1;
				case "next" -> 1;
				default -> 0;
			};
			if (ofMonth) {
				YearMonth month = YearMonth.from(c.published()).plusMonths(shift);
				LocalDate from = switch (edge) {
					case "start", "beginning" -> month.atDay(1);
					case "middle" -> month.atDay(11);
					default -> month.atDay(21);
				};
				LocalDate to = switch (edge) {
					case "start", "beginning" -> month.atDay(10);
					case "middle" -> month.atDay(20);
					default -> month.atEndOfMonth();
				};
				return resolved(from, to, DatePrecision.DAY, true,
						"relative: the " + edge + " of " + relation + " month, published " + c.published());
			}
			firstMonth = YearMonth.of(c.published().getYear() + shift, 1);
			rule = "relative: the " + edge + " of " + relation + " year, published " + c.published();
		}
		YearMonth month = switch (edge) {
			case "start", "beginning" -> firstMonth;
			case "middle" -> firstMonth.withMonth(6);
			default -> firstMonth.withMonth(12);
		};
		return resolved(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, false, rule);
	}

	private static DateValue fiscalYear(Matcher m, Context c) {
		int year = m.group("y1") != null ? year(m, "y1") : 2000 + Integer.parseInt(m.group("yy"));
		return new DateValue(LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), DatePrecision.YEAR, true,
				DateStatus.AMBIGUOUS, "fiscal year read as the US federal one (October–September)",
				"fiscal years differ between organisations and countries; check which one the source means");
	}

	private static DateValue spanToReference(Matcher m, Context c) {
		String unit = singular(m.group("unit"));
		int count;
		if (m.group("n") != null) {
			count = count(m.group("n"));
		}
		else if (m.group("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
			return null;
		}
		else {
			count = 1;
		}
		LocalDate referenceStart;
		LocalDate referenceEnd;
		DatePrecision precision;
		int referenceYear = year(m, "ry");
		if (m.group("rm") != null && m.group("rd") != null) {
			referenceStart = date(referenceYear, CalendarWords.number(m.group("rm")), number(m, "rd"));
			if (referenceStart == null) {
				return null;
			}
			referenceEnd = referenceStart;
			precision = DatePrecision.DAY;
		}
		else if (m.group("rm") != null) {
			YearMonth month = YearMonth.of(referenceYear, CalendarWords.number(m.group("rm")));
			referenceStart = month.atDay(1);
			referenceEnd = month.atEndOfMonth();
			precision = DatePrecision.MONTH;
		}
		else {
			referenceStart = LocalDate.of(referenceYear, 1, 1);
			referenceEnd = LocalDate.of(referenceYear, 12, 31);
			precision = DatePrecision.YEAR;
		}
		precision = coarser(precision, unitPrecision(unit));
		String link = WHITESPACE.matcher(m.group("link").toLowerCase(Locale.ROOT)).replaceAll(" ");
		boolean endsBefore = link.equals("leading up to") || link.equals("running up to") || link.equals("up to")
				|| link.equals("before") || link.equals("prior to") || link.equals("preceding");
		LocalDate end = endsBefore ? referenceStart.minusDays(1) : referenceEnd;
		LocalDate start = minus(end.plusDays(1), count, unit);
		return resolved(start, end, precision, true, endsBefore
				? "absolute: " + count + " " + unit + "(s) ending just before the reference ('" + link
						+ "' excludes it)"
				: "absolute: " + count + " " + unit + "(s) ending with the reference ('" + link + "' includes it)");
	}

	// ---- relative to publication ----

	private static DateValue monthDayNoYear(Matcher m, Context c) {
		int month = CalendarWords.number(m.group("m1"));
		int day = number(m, "d1");
		if (day > YearMonth.of(2024, month).lengthOfMonth()) {
			return null;
		}
		if (c.published() == null) {
			return unresolved(DatePrecision.DAY, false, "relative: day and month without year");
		}
		LocalDate best = null;
		for (int year = c.published().getYear() - 1; year <= c.published().getYear() + 1; year++) {
			LocalDate candidate = date(year, month, day);
			if (candidate != null && (best == null
					|| Math.abs(daysBetween(candidate, c.published())) < Math.abs(daysBetween(best, c.published())))) {
				best = candidate;
			}
		}
		if (best == null) {
			return null;
		}
		return resolved(best, best, DatePrecision.DAY, false,
				"relative: day and month without year, the occurrence nearest publication " + c.published());
	}

	private static DateValue bareMonth(Matcher m, Context c) {
		if (c.previousWord() == null || !BARE_MONTH_CUES.contains(c.previousWord())) {
			return null;
		}
		return bareMonthValue(CalendarWords.number(m.group("m1")), c, m.start());
	}

	private static DateValue bareMonthValue(int month, Context c, int at) {
		String name = monthName(month);
		if (c.published() == null) {
			return unresolved(DatePrecision.MONTH, false, "relative: " + name + " without year");
		}
		YearMonth published = YearMonth.from(c.published());
		String cue = c.previousWord() == null ? "" : c.previousWord();
		YearMonth reading;
		String rule;
		if (FORWARD_CUES.contains(cue) || speaksOfFuture(c.text(), at)) {
			reading = YearMonth.of(month >= published.getMonthValue() ? published.getYear() : published.getYear() + 1,
					month);
			rule = "the next " + name + " on or after the publication month";
		}
		else if (cue.equals("since")) {
			reading = YearMonth.of(month <= published.getMonthValue() ? published.getYear() : published.getYear() - 1,
					month);
			rule = "the latest " + name + " on or before the publication month";
		}
		else {
			reading = nearest(published, month);
			rule = "the " + name + " nearest the publication month";
		}
		return new DateValue(reading.atDay(1), reading.atEndOfMonth(), DatePrecision.MONTH, false, DateStatus.AMBIGUOUS,
				"ambiguous: " + name + " without year" + (cue.isEmpty() ? "" : " after '" + cue + "'") + ", read as "
						+ rule + " (published " + c.published() + ")",
				"the source gives no year; read as " + name + " " + reading.getYear()
						+ ", set the year if the source means another");
	}

	private static YearMonth nearest(YearMonth published, int month) {
		YearMonth best = null;
		long bestDistance = Long.MAX_VALUE;
		// Earlier years first, so that a tie goes to the past, as news mostly reports it.
		for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
			YearMonth candidate = YearMonth.of(year, month);
			long distance = Math.abs(candidate.getYear() * 12L + candidate.getMonthValue() - published.getYear() * 12L
					- published.getMonthValue());
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static DateValue relativeMonth(Matcher m, Context c) {
		String relation = m.group("rel").toLowerCase(Locale.ROOT);
		int month = CalendarWords.number(m.group("m1"));
		String name = monthName(month);
		if (c.published() == null) {
			return unresolved(DatePrecision.MONTH, false, "relative: " + relation + " " + name);
		}
		YearMonth published = YearMonth.from(c.published());
		YearMonth reading;
		String rule;
		switch (relation) {
			case "last" -> {
				reading = YearMonth
					.of(month < published.getMonthValue() ? published.getYear() : published.getYear() - 1, month);
				rule = "relative: last " + name + ", the most recent one strictly before the publication month";
			}
			case "next" -> {
				reading = YearMonth
					.of(month > published.getMonthValue() ? published.getYear() : published.getYear() + 1, month);
				rule = "relative: next " + name + ", the first one strictly after the publication month";
			}
			default -> {
				reading = YearMonth.of(published.getYear(), month);
				rule = "relative: this " + name + ", the one of the publication year";
			}
		}
		return resolved(reading.atDay(1), reading.atEndOfMonth(), DatePrecision.MONTH, false,
				rule + " (published " + c.published() + ")");
	}

	private static DateValue weekday(Matcher m, Context c) {
		DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
		String name = m.group("wd");
		if (c.published() == null) {
			return unresolved(DatePrecision.DAY, false, "relative: " + name);
		}
		boolean future = speaksOfFuture(c.text(), m.start());
		LocalDate date = future ? c.published().with(TemporalAdjusters.nextOrSame(day))
				: c.published().with(TemporalAdjusters.previousOrSame(day));
		return resolved(date, date, DatePrecision.DAY, false,
				"relative: " + name + ", the " + (future ? "first one on or after" : "most recent one on or before")
						+ " publication " + c.published());
	}

	private static DateValue relativeWeekday(Matcher m, Context c) {
		String relation = m.group("rel").toLowerCase(Locale.ROOT);
		DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
		String name = m.group("wd");
		if (c.published() == null) {
			return unresolved(DatePrecision.DAY, false, "relative: " + relation + " " + name);
		}
		LocalDate date;
		String rule;
		switch (relation) {
			case "last" -> {
				date = c.published().with(TemporalAdjusters.previous(day));
				rule = "the most recent one strictly before";
			}
			case "next" -> {
				date = c.published().with(TemporalAdjusters.next(day));
				rule = "the first one strictly after";
			}
			default -> {
				date = c.published().with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
				rule = "the one in the week (Monday–Sunday) of";
			}
		}
		return resolved(date, date, DatePrecision.DAY, false,
				"relative: " + relation + " " + name + ", " + rule + " publication " + c.published());
	}

	private static DateValue relativeUnit(Matcher m, Context c) {
		String relation = m.group("rel").toLowerCase(Locale.ROOT);
		String unit = m.group("unit").toLowerCase(Locale.ROOT);
		DatePrecision precision = switch (unit) {
			case "year" -> DatePrecision.YEAR;
			case "quarter" -> DatePrecision.QUARTER;
			case "month" -> DatePrecision.MONTH;
			default -> DatePrecision.DAY;
		};
		boolean interval = unit.equals("week") || relation.equals("past");
		if (c.published() == null) {
			return unresolved(relation.equals("past") ? DatePrecision.DAY : precision, interval,
					"relative: " + relation + " " + unit);
		}
		LocalDate published = c.published();
		if (relation.equals("past")) {
			LocalDate start = unit.equals("quarter") ? published.minusMonths(3) : minus(published, 1, unit);
			return resolved(start, published, DatePrecision.DAY, true,
					"relative: the past " + unit + ", the " + unit + " up to publication " + published);
		}
		int shift = switch (relation) {
			case "last", "previous" -> -1;
			case "next", "coming" -> 1;
			default -> 0;
		};
		LocalDate start;
		LocalDate end;
		switch (unit) {
			case "year" -> {
				start = LocalDate.of(published.getYear() + shift, 1, 1);
				end = start.withMonth(12).withDayOfMonth(31);
			}
			case "quarter" -> {
				YearMonth first = YearMonth.of(published.getYear(), (published.getMonthValue() - 1) / 3 * 3 + 1)
					.plusMonths(3L * shift);
				start = first.atDay(1);
				end = first.plusMonths(2).atEndOfMonth();
			}
			case "month" -> {
				YearMonth month = YearMonth.from(published).plusMonths(shift);
				start = month.atDay(1);
				end = month.atEndOfMonth();
			}
			default -> {
				start = published.with(DayOfWeek.MONDAY).plusWeeks(shift);
				end = start.plusDays(6);
			}
		}
		return resolved(start, end, precision, interval, "relative: " + relation + " " + unit + ", the calendar " + unit
				+ (shift < 0 ? " before" : shift > 0 ? " after" : " of") + " publication " + published);
	}

	private static DateValue rollingWindow(Matcher m, Context c) {
		String unit = singular(m.group("unit"));
		int count = count(m.group("n"));
		if (c.published() == null) {
			return unresolved(DatePrecision.DAY, true, "relative: the past " + count + " " + unit + "(s)");
		}
		return resolved(minus(c.published(), count, unit), c.published(), DatePrecision.DAY, true,
				"relative: the past " + count + " " + unit + "(s) up to publication " + c.published());
	}

	private static DateValue ago(Matcher m, Context c) {
		String unit = singular(m.group("unit"));
		int count = count(m.group("n"));
		DatePrecision precision = unit.equals("week") ? DatePrecision.DAY : unitPrecision(unit);
		boolean interval = unit.equals("week");
		if (c.published() == null) {
			return unresolved(precision, interval, "relative: " + count + " " + unit + "(s) ago");
		}
		LocalDate point = minus(c.published(), count, unit);
		String rule = "relative: " + count + " " + unit + "(s) before publication " + c.published();
		return switch (unit) {
			case "year" -> resolved(LocalDate.of(point.getYear(), 1, 1), LocalDate.of(point.getYear(), 12, 31),
					precision, false, rule);
			case "month" ->
				resolved(point.withDayOfMonth(1), YearMonth.from(point).atEndOfMonth(), precision, false, rule);
			case "week" -> resolved(point.with(DayOfWeek.MONDAY), point.with(DayOfWeek.SUNDAY), precision, true, rule);
			default -> resolved(point, point, precision, false, rule);
		};
	}

	private static DateValue dayWord(Matcher m, Context c) {
		String word = m.group("word").toLowerCase(Locale.ROOT);
		if (c.published() == null) {
			return unresolved(DatePrecision.DAY, false, "relative: " + word);
		}
		LocalDate date = switch (word) {
			case "yesterday" -> c.published().minusDays(1);
			case "tomorrow" -> c.published().plusDays(1);
			default -> c.published();
		};
		return resolved(date, date, DatePrecision.DAY, false,
				"relative: " + word + ", against publication " + c.published());
	}

	private static DateValue earlierOrLaterThis(Matcher m, Context c) {
		String word = m.group("word").toLowerCase(Locale.ROOT);
		String unit = m.group("unit").toLowerCase(Locale.ROOT);
		if (c.published() == null) {
			return unresolved(DatePrecision.DAY, true, "relative: " + word + " this " + unit);
		}
		LocalDate published = c.published();
		LocalDate unitStart = switch (unit) {
			case "year" -> published.withDayOfYear(1);
			case "month" -> published.withDayOfMonth(1);
			default -> published.with(DayOfWeek.MONDAY);
		};
		LocalDate unitEnd = switch (unit) {
			case "year" -> published.withMonth(12).withDayOfMonth(31);
			case "month" -> YearMonth.from(published).atEndOfMonth();
			default -> published.with(DayOfWeek.SUNDAY);
		};
		boolean earlier = word.equals("earlier");
		return resolved(earlier ? unitStart : published, earlier ? published : unitEnd, DatePrecision.DAY, true,
				"relative: " + word + " this " + unit + ", " + (earlier ? "from its start to" : "from")
						+ " publication " + published + (earlier ? "" : " to its end"));
	}

	// A sentence about the future moves bare months and weekdays forward ("will meet on
	// Friday"), unless the date
	// stands in a clause of its own told in the past after the future's words ("will
	// build the pool that the council
	// approved on Friday", "will start work, agreed on Friday, in May").
	private static boolean speaksOfFuture(String text, int at) {
		int from = at;
		while (from > 0 && at - from < 160) {
			char c = text.charAt(from - 1);
			if (c == '\n' || ((c == '.' || c == '!' || c == '?') && from < text.length() && text.charAt(from) == ' ')) {
				break;
			}
			from--;
		}
		Matcher future = FUTURE_TENSE.matcher(text).region(from, at);
		int last = -1;
		while (future.find()) {
			last = future.end();
		}
		return last >= 0 && !pastClause(text, last, at);
	}

	// True when a clause opens between from and to and tells a verb in the past before
	// to.
	private static boolean pastClause(String text, int from, int to) {
		Matcher opener = CLAUSE_OPENER.matcher(text).region(from, to);
		if (!opener.find()) {
			return false;
		}
		Matcher word = WORD.matcher(text).region(opener.end(), to);
		while (word.find()) {
			String w = word.group().toLowerCase(Locale.ROOT);
			if (PAST_FORMS.contains(w)
					|| (w.length() >= 5 && w.endsWith("ed") && !w.endsWith("eed") && !NOT_PAST.contains(w))) {
				return true;
			}
		}
		return false;
	}

	// ---- small helpers ----

	private static DateValue resolved(LocalDate start, LocalDate end, DatePrecision precision, boolean interval,
			String rule) {
		return new DateValue(start, end, precision, interval, DateStatus.RESOLVED, rule, null);
	}

	private static DateValue unresolved(DatePrecision precision, boolean interval, String rule) {
		return new DateValue(null, null, precision, interval, DateStatus.UNRESOLVED,
				rule + ": needs the publication date", NO_PUBLICATION_HINT);
	}

	private static LocalDate date(int year, int month, int day) {
		if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

	private static int year(Matcher m, String group) {
		return Integer.parseInt(m.group(group));
	}

	private static int number(Matcher m, String group) {
		return Integer.parseInt(m.group(group));
	}

	private static int count(String words) {
		String lower = words.toLowerCase(Locale.ROOT);
		Integer word = NUMBER_WORDS.get(lower);
		return word != null ? word : Integer.parseInt(lower);
	}

	private static String singular(String unit) {
		String lower = unit.toLowerCase(Locale.ROOT);
		return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
	}

	private static DatePrecision unitPrecision(String unit) {
		return switch (unit) {
			case "year" -> DatePrecision.YEAR;
			case "month" -> DatePrecision.MONTH;
			default -> DatePrecision.DAY;
		};
	}

	private static DatePrecision coarser(DatePrecision a, DatePrecision b) {
		return a.ordinal() >= b.ordinal() ? a : b;
	}

	private static LocalDate minus(LocalDate date, int count, String unit) {
		return switch (unit) {
			case "year" -> date.minusYears(count);
			case "month" -> date.minusMonths(count);
			case "week" -> date.minusWeeks(count);
			default -> date.minusDays(count);
		};
	}

	private static long daysBetween(LocalDate a, LocalDate b) {
		return b.toEpochDay() - a.toEpochDay();
	}

	private static String monthName(int month) {
		String name = java.time.Month.of(month).name();
		return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
	}

}
