package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.FindingKind;
import org.crosscheck.discrepancy.Severity;
import org.crosscheck.discrepancy.Span;
import org.crosscheck.text.Token;

/**
 * The amounts of a check's stories, judged once every report of a story is known. Two
 * amounts are taken for one figure when their sentences tell the same thing (aligned by
 * words or by meaning), or, between independent reports, when they stand among the same
 * words ("the loot … worth", "the haul … valued at"). The figures then form groups, never
 * with two amounts of one source; a group whose amounts cannot all be one amount
 * (rounding, hedges and currencies honoured) is one finding listing each value with the
 * sources that give it.
 */
final class MoneyBook {

	/**
	 * Share of their neighbouring words two amounts of independent reports must share to
	 * be one figure.
	 */
	static final double SAME_FRAME = 0.3;

	/** Words either side of an amount that say what it is. */
	private static final int WINDOW = 8;

	/**
	 * Amounts further apart than this factor are different figures, unless their
	 * sentences are aligned.
	 */
	private static final double FRAME_RATIO = 3;

	/**
	 * One amount of one source (by its ordinal in the check), with the words around it
	 * and, in a source that an independent report retells, the meaning of its sentence.
	 */
	private record Mention(int ordinal, String sourceId, Money.Amount amount, Map<String, String> context,
			byte[] meaning, boolean part) {
	}

	/**
	 * After an amount, words that make it a part of a whole the sentence names: "£9
	 * million of the cost", "$2bn of its debt". Such a part is not the whole ("the cost
	 * is £14.2 million") however alike the words around the two.
	 */
	private static final Pattern PART_OF = Pattern
		.compile("\\s+(?:of|out of)\\s+(?:the|its|their|this|that|his|her|our|your)\\s", Pattern.CASE_INSENSITIVE);

	/**
	 * Cosine of their sentences' meaning from which two amounts of independent reports
	 * may be one figure.
	 */
	static final double SAME_FRAME_MEANING = 0.5;

	/**
	 * Sources that an independent report retells: their amounts' sentences are compared
	 * by meaning too.
	 */
	private final Set<String> retold = new HashSet<>();

	private final ExchangeRates rates;

	private final Map<String, Mention> mentions = new HashMap<>();

	private final List<FigureGroups.Link> links = new ArrayList<>();

	/**
	 * Pairs of independent reports, by source id: their amounts may be one figure by
	 * their words around them.
	 */
	private final List<String[]> retellings = new ArrayList<>();

	private final Map<String, List<String>> bySource = new HashMap<>();

	MoneyBook(ExchangeRates rates) {
		this.rates = rates;
	}

	/**
	 * Takes note of the amounts of {@code source} (ordinal {@code ordinal}) while its
	 * text is at hand.
	 */
	synchronized void read(AnalysedSource source, int ordinal) {
		List<Integer> withAmounts = new ArrayList<>();
		for (AnalysedSentence sentence : source.sentences()) {
			if (!source.facts(FactKind.MONEY, sentence.index()).isEmpty()) {
				withAmounts.add(sentence.index());
			}
		}
		byte[][] meaning = withAmounts.isEmpty() || !retold.contains(source.id()) || !source.english() ? null
				: source.meaning(withAmounts);
		for (int index : withAmounts) {
			AnalysedSentence sentence = source.sentences().get(index);
			List<Fact> amounts = source.facts(FactKind.MONEY, sentence.index());
			List<Token> tokens = retold.contains(source.id()) ? source.tokens(sentence.index()) : List.of();
			for (Fact fact : amounts) {
				Money.Amount amount = Money.of(fact, source.text(), source.published());
				if (amount == null) {
					continue;
				}
				String key = FigureGroups.key(fact);
				// The words around an amount matter between independent reports only;
				// copies pair theirs by sentence.
				mentions.put(key,
						new Mention(ordinal, source.id(), amount,
								retold.contains(source.id())
										? FigureGroups.context(tokens, fact.start(), fact.end(), WINDOW) : Map.of(),
								meaning == null ? null : meaning[index], partOf(source.text(), fact.end())));
				bySource.computeIfAbsent(source.id(), k -> new ArrayList<>()).add(key);
			}
		}
	}

	private static boolean partOf(String text, int end) {
		Matcher after = PART_OF.matcher(text).region(end, Math.min(text.length(), end + 20));
		return after.lookingAt();
	}

	/** Takes in what comparing two sources found about their amounts. */
	synchronized void add(PairCheck.Outcome outcome) {
		for (PairCheck.FactPair pair : outcome.money()) {
			links.add(new FigureGroups.Link(FigureGroups.key(pair.x()), FigureGroups.key(pair.y()),
					FigureGroups.ALIGNED, pair.finding()));
		}
		if (!outcome.copy()) {
			retellings.add(new String[] { outcome.a().id(), outcome.b().id() });
			retold.add(outcome.a().id());
			retold.add(outcome.b().id());
		}
	}

	/**
	 * The findings about amounts, once every source has been read and compared;
	 * {@code storyOf} gives each ordinal's story, and amounts of two stories are never
	 * taken for one figure.
	 */
	List<Finding> findings(java.util.function.IntUnaryOperator storyOf) {
		for (String[] pair : retellings) {
			for (String x : bySource.getOrDefault(pair[0], List.of())) {
				for (String y : bySource.getOrDefault(pair[1], List.of())) {
					double frame = frame(mentions.get(x), mentions.get(y), storyOf);
					if (frame > 0) {
						links.add(new FigureGroups.Link(x, y, frame, null));
					}
				}
			}
		}
		// A part of a whole is another figure than the whole, even in sentences that tell
		// the same thing.
		links.removeIf(link -> {
			Mention x = mentions.get(link.x());
			Mention y = mentions.get(link.y());
			return x != null && y != null && x.part() != y.part();
		});
		List<Finding> findings = new ArrayList<>();
		for (FigureGroups.Group group : FigureGroups.of(links, key -> mentions.get(key).sourceId(), (x, y) -> mentions
			.containsKey(x) && mentions.containsKey(y)
				&& storyOf.applyAsInt(mentions.get(x).ordinal()) == storyOf.applyAsInt(mentions.get(y).ordinal()))) {
			judge(group, findings);
		}
		return findings;
	}

	private void judge(FigureGroups.Group figure, List<Finding> findings) {
		List<Mention> group = figure.keys()
			.stream()
			.map(mentions::get)
			.sorted(Comparator.comparing(Mention::sourceId).thenComparingInt(m -> m.amount().fact().start()))
			.toList();
		if (group.size() < 2 || consistent(group)) {
			return;
		}
		if (figure.pairsOwn() != null) {
			// Two sentences telling the same thing with two amounts: the pair's own
			// finding, with its word diff.
			findings.add(figure.pairsOwn());
			return;
		}
		findings.add(aggregate(group, figure.joining()));
	}

	private boolean consistent(List<Mention> group) {
		for (int i = 0; i < group.size(); i++) {
			for (int j = i + 1; j < group.size(); j++) {
				if (!Money.compare(group.get(i).amount(), group.get(j).amount(), rates).consistent()) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * One finding for a figure that several sources give differently: each value with the
	 * sources that give it.
	 */
	private Finding aggregate(List<Mention> group, List<FigureGroups.Link> joining) {
		Map<String, Integer> currencies = new HashMap<>();
		group.forEach(m -> currencies.merge(m.amount().currency(), 1, Integer::sum));
		String base = currencies.entrySet()
			.stream()
			.max(Map.Entry.<String, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.orElseThrow()
			.getKey();
		// Values that can be one amount form one class; each class is shown once, with
		// its sources.
		List<List<Mention>> classes = new ArrayList<>();
		for (Mention mention : group) {
			List<Mention> home = null;
			for (List<Mention> values : classes) {
				if (Money.compare(values.getFirst().amount(), mention.amount(), rates).consistent()) {
					home = values;
					break;
				}
			}
			if (home == null) {
				home = new ArrayList<>();
				classes.add(home);
			}
			home.add(mention);
		}
		classes.sort(Comparator.comparingInt((List<Mention> values) -> -values.size())
			.thenComparing(values -> values.getFirst().sourceId()));
		String label = FigureGroups.label(group.stream().map(Mention::context).toList());
		Set<String> sources = new LinkedHashSet<>();
		group.forEach(m -> sources.add(m.sourceId()));
		StringBuilder summary = new StringBuilder();
		summary.append(sources.size()).append(" sources differ on one amount").append(label).append(": ");
		List<Span> spans = new ArrayList<>();
		List<String> passages = new ArrayList<>();
		boolean stale = false;
		for (int c = 0; c < classes.size(); c++) {
			List<Mention> values = classes.get(c);
			Set<String> written = new LinkedHashSet<>();
			values.forEach(m -> written.add(m.amount().shortForm()));
			summary.append(c == 0 ? "" : "; ").append(String.join(" / ", written));
			Money.Amount foreign = values.stream()
				.map(Mention::amount)
				.filter(a -> !a.currency().equals(base))
				.findFirst()
				.orElse(null);
			if (foreign != null) {
				Double converted = Money.convert(foreign.amount(), foreign.currency(), base, foreign.published(),
						rates);
				if (converted != null && values.stream().noneMatch(m -> m.amount().currency().equals(base))) {
					summary.append(" ≈ ").append(Money.shortForm(converted, base));
				}
				stale |= foreign.published() == null || foreign.published().isAfter(rates.lastDay().plusDays(31));
			}
			Set<String> giving = new LinkedHashSet<>();
			values.forEach(m -> giving.add(m.sourceId()));
			summary.append(" (")
				.append(giving.size() == 1 ? "source " : giving.size() + " sources: ")
				.append(String.join(", ", giving))
				.append(')');
			Money.Amount first = values.getFirst().amount();
			spans.add(PairCheck.span(first.fact()));
			passages.add(first.fact().exact() + " " + first.fact().value());
		}
		summary.append(". Taken as one figure because ").append(reason(joining)).append('.');
		if (stale) {
			summary.append(" Converted at the last rate Crosscheck has (")
				.append(rates.lastDay())
				.append("); a newer table of rates sharpens this.");
		}
		return new Finding(FindingKind.NUMBER, Severity.HIGH, spans, summary.toString(), "",
				Fingerprints.of(FindingKind.NUMBER, passages));
	}

	private static String reason(List<FigureGroups.Link> joining) {
		boolean aligned = joining.stream().anyMatch(l -> l.strength() >= FigureGroups.ALIGNED);
		boolean framed = joining.stream().anyMatch(l -> l.strength() < FigureGroups.ALIGNED);
		if (aligned && framed) {
			return "their sentences tell the same thing or the amounts stand among the same words";
		}
		return aligned ? "their sentences tell the same thing" : "the amounts stand among the same words";
	}

	/**
	 * How surely two amounts of independent reports are one figure, 0 when they are not:
	 * they must be of like size (within {@link #FRAME_RATIO} once in one currency) and
	 * stand among the same words ({@link #SAME_FRAME}) or in sentences of like meaning
	 * ({@link #SAME_FRAME_MEANING}); the words around each break ties between two amounts
	 * of one sentence.
	 */
	private double frame(Mention x, Mention y, java.util.function.IntUnaryOperator storyOf) {
		if (x == null || y == null || storyOf.applyAsInt(x.ordinal()) != storyOf.applyAsInt(y.ordinal())) {
			return 0;
		}
		Double euroX = rates.inEuros(x.amount().amount(), x.amount().currency(), x.amount().published());
		Double euroY = rates.inEuros(y.amount().amount(), y.amount().currency(), y.amount().published());
		if (euroX == null || euroY == null || euroX <= 0 || euroY <= 0
				|| Math.max(euroX, euroY) > FRAME_RATIO * Math.min(euroX, euroY)) {
			return 0;
		}
		int shared = 0;
		for (String stem : x.context().keySet()) {
			if (y.context().containsKey(stem)) {
				shared++;
			}
		}
		int union = x.context().size() + y.context().size() - shared;
		double words = shared < 2 || union == 0 ? 0 : (double) shared / union;
		double meaning = x.meaning() == null || y.meaning() == null ? 0
				: org.crosscheck.text.SentenceEmbeddings.cosine(x.meaning(), y.meaning());
		if (words < SAME_FRAME && meaning < SAME_FRAME_MEANING) {
			return 0;
		}
		// Below the strength of two aligned sentences (1), so that what the alignment
		// pairs is joined first.
		return Math.min(0.99, 0.5 * Math.max(meaning, 0) + 0.5 * words);
	}

}
