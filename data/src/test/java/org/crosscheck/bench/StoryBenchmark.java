package org.crosscheck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosscheck.bench.EcbPlusCorpus.Document;
import org.crosscheck.bench.RetellingCorpus.Kind;
import org.crosscheck.bench.RetellingCorpus.Place;
import org.crosscheck.bench.RetellingCorpus.Planted;
import org.crosscheck.bench.StoryCheck.Link;
import org.crosscheck.bench.StoryCheck.Outcome;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.FindingKind;

/**
 * Measures the check on independent reports of the same events: story grouping, the
 * sentences it links across reports and the findings it raises, on three kinds of
 * material: the ECB+ development topics with their gold cross-document coreference (when
 * {@code ../shared/corpora/ecbplus-dev/} is there), the hand-written retellings of
 * {@code src/test/resources/retellings/} with their gold findings, and generated
 * retellings ({@link RetellingCorpus}) with planted differences. Run:
 * {@code ./crosscheck bench stories [generated stories]}.
 */
public final class StoryBenchmark {

	private StoryBenchmark() {
	}

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("one")) {
			oneStory(args.length > 1 ? Integer.parseInt(args[1]) : 50);
			return;
		}
		int generated = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		System.out.printf("cores: %d, %s%n", Runtime.getRuntime().availableProcessors(),
				EndToEndBenchmark.jvmOptions());
		// Warm-up so that the first figures do not pay for class loading and the JIT.
		RetellingCorpus.Corpus warm = new RetellingCorpus(1L).generate(10);
		Outcome first = StoryCheck
			.check(StoryCheck.sources(warm.reports().stream().map(StoryBenchmark::input).toList()));
		System.out.printf("warm-up: first check of %d reports in this JVM (loading any model included) %.2f s%n",
				warm.reports().size(), first.seconds());
		ecbPlus();
		retellings();
		generated(generated);
	}

	// ---- one story of many reports ----

	/**
	 * One story told by {@code reports} generated reports, checked in this fresh JVM: the
	 * time includes loading the sentence model and the JIT's warm-up, as the first check
	 * of a console would. With -Dbench.write=DIR the reports are written there as
	 * Markdown with front matter, for `source import DIR` and `discrepancy check` in a
	 * console.
	 */
	private static void oneStory(int reports) {
		RetellingCorpus.Corpus corpus = new RetellingCorpus(20261203L).oneStory(reports);
		long sentences = corpus.reports()
			.stream()
			.mapToLong(r -> org.crosscheck.text.Sentences.split(r.text()).size())
			.sum();
		String write = System.getProperty("bench.write");
		if (write != null) {
			RetellingCorpus.write(corpus.reports(), Path.of(write));
		}
		Outcome outcome = StoryCheck
			.check(StoryCheck.sources(corpus.reports().stream().map(StoryBenchmark::input).toList()));
		System.out.printf(
				"one story of %d reports, %d sentences: %d stories found, %d findings, %d sentences embedded; "
						+ "check in a fresh JVM (sentence model's load included) %.2f s%n",
				reports, sentences, outcome.stories().size(), outcome.findings().size(),
				org.crosscheck.text.SentenceEmbeddings.embedded(), outcome.seconds());
	}

	// ---- ECB+ ----

	private static void ecbPlus() {
		System.out.printf("%n== ECB+ development topics (real reports, gold cross-document coreference)%n");
		Optional<Path> folder = EcbPlusCorpus.locate();
		if (folder.isEmpty()) {
			System.out.println(EcbPlusCorpus.missing());
			return;
		}
		List<Document> documents = EcbPlusCorpus.read(folder.get());
		long dated = documents.stream().filter(d -> d.published() != null).count();
		System.out.printf("%d documents, %d with a dateline's date; gold stories = topic/subcorpus%n", documents.size(),
				dated);
		System.out.printf("%-10s %5s %9s %6s %6s %6s %6s %17s %19s %13s %7s %8s%n", "scope", "docs", "stories", "pairP",
				"pairR", "pairF1", "B3F1", "links lex/mean", "link prec lex/mean", "gold pair rec", "numbers",
				"seconds");
		Map<Integer, List<Document>> byTopic = documents.stream()
			.collect(Collectors.groupingBy(Document::topic, LinkedHashMap::new, Collectors.toList()));
		Outcome all = null;
		for (Map.Entry<Integer, List<Document>> topic : byTopic.entrySet()) {
			ecbRow("topic " + topic.getKey(), topic.getValue());
		}
		all = ecbRow("all", documents);
		List<Finding> numbers = all.findings().stream().filter(f -> f.kind() == FindingKind.NUMBER).toList();
		Map<String, Document> byId = documents.stream().collect(Collectors.toMap(Document::id, d -> d));
		long across = numbers.stream()
			.filter(f -> f.spans().stream().map(s -> byId.get(s.sourceId()).story()).distinct().count() > 1)
			.count();
		System.out.printf("number findings (all topics): %d, of which across gold stories %d; a sample:%n",
				numbers.size(), across);
		numbers.stream().limit(6).forEach(f -> System.out.println("  " + describe(f)));
		notes(all);
	}

	private static Outcome ecbRow(String scope, List<Document> documents) {
		Map<String, Document> byId = documents.stream().collect(Collectors.toMap(Document::id, d -> d));
		Outcome outcome = StoryCheck.check(StoryCheck
			.sources(documents.stream().map(d -> new StoryCheck.Input(d.id(), d.text(), d.published())).toList()));
		StoryScores stories = StoryScores
			.of(documents.stream().collect(Collectors.toMap(Document::id, Document::story)), outcome.stories());
		Set<String> gold = goldSentencePairs(documents);
		Set<String> linked = new HashSet<>();
		int[] links = new int[2];
		int[] sharing = new int[2];
		for (Link link : outcome.links()) {
			Document a = byId.get(link.sourceA());
			Document b = byId.get(link.sourceB());
			int sa = a.sentenceAt(link.startA(), link.endA());
			int sb = b.sentenceAt(link.startB(), link.endB());
			int side = link.byMeaning() ? 1 : 0;
			links[side]++;
			Set<String> shared = new HashSet<>(a.instancesIn(sa, false));
			shared.retainAll(b.instancesIn(sb, false));
			sharing[side] += shared.isEmpty() ? 0 : 1;
			linked.add(pairKey(a.id(), sa, b.id(), sb));
		}
		long found = gold.stream().filter(linked::contains).count();
		long numbers = outcome.findings().stream().filter(f -> f.kind() == FindingKind.NUMBER).count();
		System.out.printf("%-10s %5d %4d/%-4d %6.3f %6.3f %6.3f %6.3f %8d/%-8d %9s/%-9s %6d/%-6d %7d %8.2f%n", scope,
				documents.size(), stories.goldStories(), stories.foundStories(), stories.pairPrecision(),
				stories.pairRecall(), stories.pairF1(), stories.bcubedF1(), links[0], links[1],
				ratio(sharing[0], links[0]), ratio(sharing[1], links[1]), found, gold.size(), numbers,
				outcome.seconds());
		return outcome;
	}

	/**
	 * Pairs of sentences in different documents of one gold story that mention the same
	 * gold event.
	 */
	private static Set<String> goldSentencePairs(List<Document> documents) {
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i < documents.size(); i++) {
			for (int j = i + 1; j < documents.size(); j++) {
				Document a = documents.get(i);
				Document b = documents.get(j);
				if (!a.story().equals(b.story())) {
					continue;
				}
				for (EcbPlusCorpus.Instance event : a.instances().values()) {
					EcbPlusCorpus.Instance other = b.instances().get(event.id());
					if (!event.event() || other == null) {
						continue;
					}
					for (int sa : event.sentences()) {
						for (int sb : other.sentences()) {
							if (a.sentences().containsKey(sa) && b.sentences().containsKey(sb)) {
								pairs.add(pairKey(a.id(), sa, b.id(), sb));
							}
						}
					}
				}
			}
		}
		return pairs;
	}

	private static String pairKey(String a, int sa, String b, int sb) {
		return a.compareTo(b) < 0 ? a + "#" + sa + "|" + b + "#" + sb : b + "#" + sb + "|" + a + "#" + sa;
	}

	// ---- hand-written retellings ----

	private static void retellings() {
		Retellings retellings = Retellings.load();
		System.out.printf("%n== hand-written retellings (src/test/resources/retellings, %d reports)%n",
				retellings.reports().size());
		Outcome outcome = StoryCheck.check(StoryCheck.sources(retellings.inputs()));
		System.out.println(StoryScores.of(retellings.goldStories(), outcome.stories()).line());
		int met = 0;
		for (Retellings.Expected expected : retellings.expected()) {
			Retellings.Verdict verdict = retellings.judge(expected, outcome.findings());
			met += verdict.met() ? 1 : 0;
			System.out.printf("  %-4s %-30s %-11s %-9s %s%n", verdict.met() ? "ok" : "FAIL", expected.id(),
					expected.kind(), expected.raised() ? "raise" : "not raise", verdict.met() ? "" : verdict.detail());
		}
		Map<FindingKind, Long> kinds = new EnumMap<>(FindingKind.class);
		outcome.findings().forEach(f -> kinds.merge(f.kind(), 1L, Long::sum));
		System.out.printf("gold expectations met: %d / %d; findings %s; links %d; check %.2f s%n", met,
				retellings.expected().size(), kinds, outcome.links().size(), outcome.seconds());
		notes(outcome);
	}

	// ---- generated retellings ----

	/**
	 * How many false findings of each kind to print (-Dbench.falseSamples, default none).
	 */
	private static final int SAMPLES = Integer.getInteger("bench.falseSamples", 0);

	/**
	 * Prints the figures of {@code stories} generated stories: grouping, recall and false
	 * findings per kind.
	 */
	public static void generated(int stories) {
		RetellingCorpus.Corpus corpus = new RetellingCorpus(20261203L).generate(stories);
		System.out.printf("%n== generated retellings (%d stories, %d reports, seed 20261203)%n", stories,
				corpus.reports().size());
		Outcome outcome = StoryCheck
			.check(StoryCheck.sources(corpus.reports().stream().map(StoryBenchmark::input).toList()));
		Map<String, String> storyOf = corpus.reports()
			.stream()
			.collect(Collectors.toMap(RetellingCorpus.Report::id, RetellingCorpus.Report::storyId));
		System.out.println(StoryScores.of(storyOf, outcome.stories()).line());
		Map<Kind, int[]> recall = new EnumMap<>(Kind.class);
		List<String> missed = new ArrayList<>();
		for (Planted planted : corpus.planted()) {
			int[] counts = recall.computeIfAbsent(planted.kind(), k -> new int[2]);
			counts[1]++;
			if (detected(planted, outcome.findings())) {
				counts[0]++;
			}
			else if (missed.size() < 6) {
				missed.add(planted.kind() + " " + planted.places().get(0).reportId() + ": "
						+ planted.places().get(0).excerpt());
			}
		}
		Map<FindingKind, int[]> falses = new EnumMap<>(FindingKind.class);
		Map<FindingKind, List<String>> falseSamples = new EnumMap<>(FindingKind.class);
		for (Finding finding : outcome.findings()) {
			int[] counts = falses.computeIfAbsent(finding.kind(), k -> new int[2]);
			counts[1]++;
			if (!explained(finding, corpus.planted())) {
				counts[0]++;
				List<String> samples = falseSamples.computeIfAbsent(finding.kind(), k -> new ArrayList<>());
				if (samples.size() < SAMPLES) {
					samples.add(finding.summary());
				}
			}
		}
		long currency = outcome.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.NUMBER)
			.filter(f -> corpus.consistent().stream().anyMatch(c -> touchedPlaces(f, c.places()) >= 2))
			.count();
		long across = outcome.findings()
			.stream()
			.filter(f -> f.spans().stream().map(s -> storyOf.get(s.sourceId())).distinct().count() > 1)
			.count();
		recall.forEach((kind, c) -> System.out.printf("  recall %-12s %5d / %5d = %.3f%n", kind, c[0], c[1],
				(double) c[0] / c[1]));
		falses.forEach((kind, c) -> System.out.printf("  false  %-12s %5d of %5d findings%s%n", kind, c[0], c[1],
				kind == FindingKind.WORDING ? " (wording is not planted: all count as false)" : ""));
		System.out.printf("number findings on amounts that agree across currencies: %d; findings across stories: %d%n",
				currency, across);
		System.out.printf("links %d (%d by meaning); check %.2f s%n", outcome.links().size(),
				outcome.links().stream().filter(Link::byMeaning).count(), outcome.seconds());
		missed.forEach(m -> System.out.println("  missed " + m));
		// -Dbench.falseSamples=N prints N false findings of each kind, to see what raises
		// them.
		falseSamples.forEach((kind, samples) -> samples.forEach(sample -> System.out
			.println("  false " + kind + ": " + (sample.length() > 240 ? sample.substring(0, 239) + "…" : sample))));
		notes(outcome);
	}

	private static StoryCheck.Input input(RetellingCorpus.Report report) {
		return new StoryCheck.Input(report.id(), report.text(), report.publishedDay());
	}

	private static boolean detected(Planted planted, List<Finding> findings) {
		Place differing = planted.places().get(0);
		List<Place> others = planted.places().subList(1, planted.places().size());
		return findings.stream()
			.filter(f -> f.kind().name().equals(planted.kind().name()))
			.filter(f -> touches(f, differing))
			.anyMatch(f -> others.isEmpty() || touchedPlaces(f, others) > 0);
	}

	/**
	 * True when {@code finding} is of a planted kind and touches the words of a planted
	 * difference.
	 */
	private static boolean explained(Finding finding, List<Planted> planted) {
		return planted.stream()
			.filter(p -> p.kind().name().equals(finding.kind().name()))
			.anyMatch(p -> touches(finding, p.places().get(0)));
	}

	private static long touchedPlaces(Finding finding, List<Place> places) {
		return places.stream().filter(p -> touches(finding, p)).count();
	}

	private static boolean touches(Finding finding, Place place) {
		return finding.spans().stream().anyMatch(s -> s.overlaps(place.reportId(), place.start(), place.end()));
	}

	// ---- output ----

	private static String describe(Finding finding) {
		return finding.summary() + " ["
				+ finding.spans()
					.stream()
					.map(s -> s.sourceId() + ": " + clip(s.exact()))
					.collect(Collectors.joining("; "))
				+ "]";
	}

	private static String clip(String text) {
		String flat = text.replace('\n', ' ');
		return flat.length() <= 70 ? flat : flat.substring(0, 67) + "...";
	}

	private static String ratio(int part, int whole) {
		return whole == 0 ? "-" : String.format("%.3f", (double) part / whole);
	}

	private static void notes(Outcome outcome) {
		if (!outcome.notes().isEmpty()) {
			System.out.println(outcome.notes());
		}
	}

}
