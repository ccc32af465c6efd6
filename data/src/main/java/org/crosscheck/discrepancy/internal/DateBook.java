package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.FindingKind;
import org.crosscheck.discrepancy.Severity;
import org.crosscheck.discrepancy.Span;

/**
 * The dates of a check's stories, judged once every source is compared. Two resolved
 * dates of one role ("approved on Friday", "voted on September 5") in sentences that tell
 * the same thing, by words or by meaning, are one date; the pairs form groups across the
 * story, never with two dates of one source. A group whose dates cannot all be true at
 * once ("Friday" against "Thursday"; "2025" and "September 2025" can) is one finding that
 * lists each date with the sources that give it, so that a date twenty reports agree on
 * and one tells otherwise is one alarm, not twenty. A group of two is the pair's own
 * finding, with the word diff of its sentences.
 */
final class DateBook {

	/** Words either side of a date that say what it is the date of. */
	private static final int WINDOW = 6;

	/** Source ids a finding names for one date before it says how many more give it. */
	private static final int NAMED = 12;

	/** A date of one source and the sentence it stands in. */
	private record Mention(Fact fact, Span sentence) {
	}

	private final Map<String, Mention> mentions = new HashMap<>();

	private final List<FigureGroups.Link> links = new ArrayList<>();

	/** Takes in the dates that comparing two sources paired. */
	synchronized void add(PairCheck.Outcome outcome) {
		for (PairCheck.FactPair pair : outcome.dates()) {
			String x = FigureGroups.key(pair.x());
			String y = FigureGroups.key(pair.y());
			mentions.putIfAbsent(x, new Mention(pair.x(), pair.sentenceX()));
			mentions.putIfAbsent(y, new Mention(pair.y(), pair.sentenceY()));
			links.add(new FigureGroups.Link(x, y, FigureGroups.ALIGNED, pair.finding()));
		}
	}

	/**
	 * The findings about dates, once every source has been compared: sources are only
	 * paired within a story.
	 */
	List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		for (FigureGroups.Group group : FigureGroups.of(links, key -> mentions.get(key).fact().sourceId(),
				(x, y) -> true)) {
			List<Mention> dates = group.keys().stream().map(mentions::get).toList();
			if (consistent(dates)) {
				continue;
			}
			findings.add(group.pairsOwn() != null ? group.pairsOwn() : aggregate(dates));
		}
		return findings;
	}

	private static boolean consistent(List<Mention> dates) {
		for (int i = 0; i < dates.size(); i++) {
			for (int j = i + 1; j < dates.size(); j++) {
				if (!PairCheck.compatibleDates(dates.get(i).fact().value(), dates.get(j).fact().value())) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * One finding for a date that several sources give differently: each date with the
	 * sources that give it.
	 */
	private static Finding aggregate(List<Mention> group) {
		Map<String, List<Mention>> classes = new LinkedHashMap<>();
		group.stream()
			.sorted(Comparator.comparing((Mention m) -> m.fact().sourceId(), FigureGroups.SOURCE_ORDER)
				.thenComparingInt(m -> m.fact().start()))
			.forEach(m -> classes.computeIfAbsent(shown(m.fact().value()), v -> new ArrayList<>()).add(m));
		List<List<Mention>> ordered = new ArrayList<>(classes.values());
		ordered.sort(Comparator.comparingInt((List<Mention> values) -> -values.size())
			.thenComparing(values -> shown(values.getFirst().fact().value())));
		List<Map<String, String>> contexts = new ArrayList<>();
		for (Mention mention : group) {
			Span sentence = mention.sentence();
			contexts.add(FigureGroups.context(org.crosscheck.text.Tokenizer.tokens(sentence.exact()),
					mention.fact().start() - sentence.start(), mention.fact().end() - sentence.start(), WINDOW));
		}
		StringBuilder summary = new StringBuilder().append(group.size())
			.append(" sources differ on one date")
			.append(FigureGroups.label(contexts))
			.append(": ");
		List<Span> spans = new ArrayList<>();
		List<String> passages = new ArrayList<>();
		for (int c = 0; c < ordered.size(); c++) {
			List<Mention> values = ordered.get(c);
			Set<String> written = new LinkedHashSet<>();
			values.forEach(m -> written.add("'" + m.fact().exact() + "'"));
			List<String> giving = values.stream().map(m -> m.fact().sourceId()).distinct().toList();
			summary.append(c == 0 ? "" : "; ")
				.append(String.join(" / ", written))
				.append(" = ")
				.append(shown(values.getFirst().fact().value()))
				.append(" (")
				.append(giving.size() == 1 ? "source " : giving.size() + " sources: ")
				.append(String.join(", ", giving.subList(0, Math.min(NAMED, giving.size()))))
				.append(giving.size() > NAMED ? " and " + (giving.size() - NAMED) + " more" : "")
				.append(')');
			Mention first = values.getFirst();
			spans.add(PairCheck.span(first.fact()));
			passages.add(first.sentence().exact() + " " + first.fact().value());
		}
		summary.append(
				". Taken as one date because their sentences tell the same thing and the dates stand among the same words; "
						+ "each is resolved against its source's publication date.");
		return new Finding(FindingKind.DATE, Severity.MEDIUM, spans, summary.toString(), "",
				Fingerprints.of(FindingKind.DATE, passages));
	}

	/**
	 * A resolved date as a reader writes it: "2025-09-05", "2025-09",
	 * "2025-09-01..2025-09-07".
	 */
	private static String shown(String value) {
		String range = PairCheck.datePart(value);
		int dots = range.indexOf("..");
		if (dots > 0 && range.substring(0, dots).equals(range.substring(dots + 2))) {
			return range.substring(0, dots);
		}
		return range;
	}

}
