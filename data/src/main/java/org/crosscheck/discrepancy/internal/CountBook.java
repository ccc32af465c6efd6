package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.FindingKind;
import org.crosscheck.discrepancy.Severity;
import org.crosscheck.discrepancy.Span;
import org.crosscheck.text.CalendarWords;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Token;
import org.crosscheck.text.WordLists;

/**
 * The counts and tallies that independent reports of one story give: "seven minutes"
 * against "four minutes", "voted 5-2" against "carried 6-1". A count is a number with the
 * noun it counts; a tally is two numbers joined by a hyphen in a sentence about a vote or
 * a score. Two of them, in two independent reports of one story, are one figure when they
 * count the same thing (the same noun, or both a tally) in sentences that the comparison
 * matched and whose words agree, or when they are the only tally, or the only length of
 * time in a unit ("seven minutes"), that each report gives and their sentences share a
 * telling word. Approximations ("about", "some", "more than") allow a tenth either way.
 * Copies of one text are left to the sentence comparison, which shows their changes word
 * by word.
 */
final class CountBook {

	/**
	 * Share of their sentences' telling words two figures of matched sentences must share
	 * to be one.
	 */
	static final double SAME_FRAME = 0.3;

	/**
	 * The same for the only tally, or the only length of time in a unit, that each of two
	 * reports gives: they must still share a telling word. A count of things ("18
	 * teachers", "eleven teachers") is not taken on that ground: a story counts many
	 * things of one kind.
	 */
	static final double SAME_FRAME_ONLY_ONE = 0.1;

	private static final Set<String> DURATION_UNITS = WordLists.set("duration-units");

	private static final Pattern TALLY = Pattern.compile("(\\d{1,3})-(\\d{1,3})");

	private static final Set<String> TALLY_CUES = WordLists.set("tally-cues");

	/**
	 * A count or tally in a report: {@code unit} is the counted noun's stem, or
	 * {@link #TALLY_UNIT}.
	 */
	private record Mention(int ordinal, String sourceId, int sentence, String unit, String value, double number,
			boolean approximate, Span span, Set<String> context, String unitWord) {

		/**
		 * Whether a report's only figure of this kind is likely the figure another
		 * report's only one gives.
		 */
		boolean onePerStory() {
			return unit.equals(TALLY_UNIT) || DURATION_UNITS.contains(unitWord.toLowerCase(java.util.Locale.ROOT));
		}

	}

	private static final String TALLY_UNIT = "tally";

	private final Map<String, List<Mention>> bySource = new HashMap<>();

	private final Set<String> retold = new HashSet<>();

	private final List<String[]> retellings = new ArrayList<>();

	/**
	 * The sentences two independent reports tell alike, by "A id|B id": A's index in the
	 * high half, B's in the low.
	 */
	private final Map<String, Set<Long>> matched = new HashMap<>();

	/**
	 * Takes in which sources an independent report retells, and which of their sentences
	 * tell the same thing.
	 */
	synchronized void add(PairCheck.Outcome outcome) {
		if (!outcome.copy()) {
			retellings.add(new String[] { outcome.a().id(), outcome.b().id() });
			Set<Long> sentences = new HashSet<>();
			for (long pair : outcome.matched()) {
				sentences.add(pair);
			}
			matched.put(outcome.a().id() + "|" + outcome.b().id(), sentences);
			retold.add(outcome.a().id());
			retold.add(outcome.b().id());
		}
	}

	/**
	 * Takes note of the counts and tallies of {@code source} while its text is at hand,
	 * if a report retells it.
	 */
	void read(AnalysedSource source, int ordinal) {
		synchronized (this) {
			if (!retold.contains(source.id())) {
				return;
			}
		}
		Lexicon lexicon = Lexicon.get();
		List<Mention> mentions = new ArrayList<>();
		for (AnalysedSentence sentence : source.sentences()) {
			if (!hasNumber(source.sentenceText(sentence.index()))) {
				continue;
			}
			List<Token> tokens = source.tokens(sentence.index());
			List<Fact> amounts = source.facts(FactKind.MONEY, sentence.index());
			boolean cued = tokens.stream().anyMatch(t -> TALLY_CUES.contains(t.key()));
			Set<String> words = new HashSet<>();
			for (Token token : tokens) {
				if (!token.stopWord() && !Character.isDigit(token.key().charAt(0)) && token.surface().length() > 2) {
					words.add(token.stem());
				}
			}
			for (int i = 0; i < tokens.size(); i++) {
				Token token = tokens.get(i);
				if (token.currency() || inAmount(token, amounts)) {
					continue;
				}
				boolean approximate = Money.approximate(
						source.text().substring(Math.max(sentence.start(), token.start() - 24), token.start()));
				Matcher tally = TALLY.matcher(token.key());
				if (tally.matches()) {
					if (cued) {
						mentions.add(new Mention(ordinal, source.id(), sentence.index(), TALLY_UNIT, token.key(), 0,
								false, new Span(source.id(), token.start(), token.end(), token.surface()), words,
								"tally"));
					}
					continue;
				}
				Double number = lexicon.number(token.key());
				if (number == null || lexicon.isYear(token.key()) || i + 1 >= tokens.size()) {
					continue;
				}
				int unit = i + 1;
				double scale = lexicon.scale(tokens.get(unit).key());
				if (scale != 1 && unit + 1 < tokens.size()) {
					number *= scale;
					unit++;
				}
				Token noun = tokens.get(unit);
				if (noun.stopWord() || !Character.isLetter(noun.surface().charAt(0))
						|| lexicon.number(noun.key()) != null || CalendarWords.ALL.contains(noun.key())
						|| Character.isUpperCase(noun.surface().charAt(0))) {
					continue;
				}
				Set<String> context = new HashSet<>(words);
				context.remove(noun.stem());
				mentions.add(new Mention(ordinal, source.id(), sentence.index(), noun.stem(),
						source.text().substring(token.start(), noun.end()), number, approximate, new Span(source.id(),
								token.start(), noun.end(), source.text().substring(token.start(), noun.end())),
						context, noun.surface()));
			}
		}
		if (!mentions.isEmpty()) {
			synchronized (this) {
				bySource.put(source.id(), mentions);
			}
		}
	}

	private static final Set<String> NUMBER_WORDS = Set
		.copyOf(WordLists.lines("number-words").stream().map(line -> line.split("\\s+")[0]).toList());

	/**
	 * Whether {@code text} has a digit or a number word: a cheap look before its words
	 * are read.
	 */
	private static boolean hasNumber(String text) {
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ' ';
			if (Character.isDigit(c)) {
				return true;
			}
			if (Character.isLetter(c)) {
				start = start < 0 ? i : start;
			}
			else if (start >= 0) {
				if (i - start <= 9
						&& NUMBER_WORDS.contains(text.substring(start, i).toLowerCase(java.util.Locale.ROOT))) {
					return true;
				}
				start = -1;
			}
		}
		return false;
	}

	private static boolean inAmount(Token token, List<Fact> amounts) {
		return amounts.stream().anyMatch(f -> f.overlaps(token.start(), token.end()));
	}

	/**
	 * The findings, once every source has been read; figures of two stories are never
	 * taken for one.
	 */
	List<Finding> findings(IntUnaryOperator storyOf) {
		record Link(Mention x, Mention y, double strength) {
		}
		List<Link> links = new ArrayList<>();
		for (String[] pair : retellings) {
			List<Mention> xs = bySource.getOrDefault(pair[0], List.of());
			List<Mention> ys = bySource.getOrDefault(pair[1], List.of());
			Set<Long> aligned = matched.getOrDefault(pair[0] + "|" + pair[1], Set.of());
			for (Mention x : xs) {
				for (Mention y : ys) {
					if (!x.unit().equals(y.unit())
							|| storyOf.applyAsInt(x.ordinal()) != storyOf.applyAsInt(y.ordinal())) {
						continue;
					}
					double words = dice(x.context(), y.context());
					boolean onlyOne = x.onePerStory() && count(xs, x.unit()) == 1 && count(ys, y.unit()) == 1;
					boolean told = aligned.contains((long) x.sentence() << 32 | y.sentence());
					if (told && words >= SAME_FRAME || onlyOne && words >= SAME_FRAME_ONLY_ONE) {
						links.add(new Link(x, y, words + (onlyOne ? 1 : 0)));
					}
				}
			}
		}
		links.sort(Comparator.comparingDouble((Link l) -> -l.strength())
			.thenComparing(l -> l.x().sourceId())
			.thenComparingInt(l -> l.x().span().start()));
		Map<Mention, List<Mention>> groupOf = new LinkedHashMap<>();
		for (Link link : links) {
			List<Mention> gx = groupOf.computeIfAbsent(link.x(), m -> new ArrayList<>(List.of(m)));
			List<Mention> gy = groupOf.computeIfAbsent(link.y(), m -> new ArrayList<>(List.of(m)));
			if (gx == gy || gx.stream().anyMatch(m -> gy.stream().anyMatch(n -> n.sourceId().equals(m.sourceId())))) {
				continue;
			}
			gx.addAll(gy);
			gy.forEach(m -> groupOf.put(m, gx));
		}
		List<Finding> findings = new ArrayList<>();
		Set<List<Mention>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (List<Mention> group : groupOf.values()) {
			if (seen.add(group) && !consistent(group)) {
				findings.add(finding(group));
			}
		}
		return findings;
	}

	private static long count(List<Mention> mentions, String unit) {
		return mentions.stream().filter(m -> m.unit().equals(unit)).count();
	}

	private static double dice(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return 2.0 * shared / (a.size() + b.size());
	}

	private static boolean consistent(List<Mention> group) {
		for (int i = 0; i < group.size(); i++) {
			for (int j = i + 1; j < group.size(); j++) {
				if (!same(group.get(i), group.get(j))) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean same(Mention x, Mention y) {
		if (x.unit().equals(TALLY_UNIT)) {
			return x.value().equals(y.value());
		}
		double tolerance = x.approximate() || y.approximate() ? 0.10 : 0;
		return Math.abs(x.number() - y.number()) <= tolerance * Math.max(Math.abs(x.number()), Math.abs(y.number()));
	}

	/**
	 * One finding for a count that the reports give differently: each value with the
	 * reports that give it.
	 */
	private static Finding finding(List<Mention> group) {
		List<List<Mention>> classes = new ArrayList<>();
		for (Mention mention : group.stream().sorted(Comparator.comparingInt(Mention::ordinal)).toList()) {
			List<Mention> home = classes.stream()
				.filter(values -> same(values.getFirst(), mention))
				.findFirst()
				.orElse(null);
			if (home == null) {
				home = new ArrayList<>();
				classes.add(home);
			}
			home.add(mention);
		}
		classes.sort(Comparator.comparingInt((List<Mention> values) -> -values.size())
			.thenComparingInt(values -> values.getFirst().ordinal()));
		Mention first = group.getFirst();
		boolean tally = first.unit().equals(TALLY_UNIT);
		Set<String> sources = new LinkedHashSet<>();
		group.forEach(m -> sources.add(m.sourceId()));
		StringBuilder summary = new StringBuilder().append(sources.size())
			.append(" sources differ on one ")
			.append(tally ? "tally" : "count ('" + first.unitWord().toLowerCase(java.util.Locale.ROOT) + "')")
			.append(": ");
		List<Span> spans = new ArrayList<>();
		List<String> passages = new ArrayList<>();
		for (int c = 0; c < classes.size(); c++) {
			List<Mention> values = classes.get(c);
			Set<String> written = new LinkedHashSet<>();
			values.forEach(m -> written.add(m.span().exact()));
			Set<String> giving = new LinkedHashSet<>();
			values.forEach(m -> giving.add(m.sourceId()));
			summary.append(c == 0 ? "" : "; ")
				.append(String.join(" / ", written))
				.append(" (")
				.append(giving.size() == 1 ? "source " : giving.size() + " sources: ")
				.append(String.join(", ", giving))
				.append(')');
			spans.add(values.getFirst().span());
			passages.add(values.getFirst().span().exact());
		}
		summary.append(". Taken as one figure because ")
			.append(tally ? "each is the tally of a vote or score"
					: "each counts " + first.unitWord().toLowerCase(java.util.Locale.ROOT))
			.append(" in reports of one story, among some of the same words.");
		return new Finding(FindingKind.NUMBER, Severity.MEDIUM, spans, summary.toString(), "",
				Fingerprints.of(FindingKind.NUMBER, passages));
	}

}
