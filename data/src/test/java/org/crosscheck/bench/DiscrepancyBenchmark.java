package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.bench.CorpusGenerator.EditKind;
import org.crosscheck.bench.CorpusGenerator.GeneratedArticle;
import org.crosscheck.bench.CorpusGenerator.PlantedEdit;
import org.crosscheck.discrepancy.AlignmentSummary;
import org.crosscheck.discrepancy.CheckResult;
import org.crosscheck.discrepancy.ComparedSource;
import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.FindingKind;
import org.crosscheck.discrepancy.Span;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;

/**
 * Times the dataset-level check on generated corpora of 1,000 and 10,000 articles and
 * measures the recall of the planted edits. Run:
 * {@code java ... org.crosscheck.bench.DiscrepancyBenchmark [sizes...]}.
 */
public final class DiscrepancyBenchmark {

	// Stands in for the extraction's quote suggester: quoted passages of four words or
	// more.
	private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"\n]{15,}?)[,.]?[”\"]");

	private DiscrepancyBenchmark() {
	}

	public static void main(String[] args) {
		int[] sizes = args.length == 0 ? new int[] { 1000, 10000 }
				: java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		System.out.printf("cores: %d, %s%n", Runtime.getRuntime().availableProcessors(),
				EndToEndBenchmark.jvmOptions());
		// Warm-up so that the first size does not pay for class loading and the JIT.
		run(300, false);
		double previous = 0;
		for (int size : sizes) {
			double seconds = run(size, true);
			if (previous > 0) {
				System.out.printf("time ratio to previous size: %.1f%n", seconds / previous);
			}
			previous = seconds;
		}
	}

	private static double run(int n, boolean print) {
		List<GeneratedArticle> articles = new CorpusGenerator(20260221L).generate(n);
		long prepareStart = System.nanoTime();
		List<ComparedSource> sources = articles.parallelStream()
			.map(a -> ComparedSource.of(a.id(), a.cleanText(), quotes(a.id(), a.cleanText())))
			.toList();
		double prepare = (System.nanoTime() - prepareStart) / 1e9;
		long start = System.nanoTime();
		CheckResult result = new DiscrepancyChecker().check(sources);
		double seconds = (System.nanoTime() - start) / 1e9;
		if (print) {
			report(n, articles, result, prepare, seconds);
		}
		return seconds;
	}

	private static void report(int n, List<GeneratedArticle> articles, CheckResult result, double prepare,
			double seconds) {
		Map<String, List<Finding>> bySource = new HashMap<>();
		for (Finding finding : result.findings()) {
			finding.spans()
				.stream()
				.map(Span::sourceId)
				.distinct()
				.forEach(id -> bySource.computeIfAbsent(id, k -> new ArrayList<>()).add(finding));
		}
		Map<String, AlignmentSummary> alignments = new HashMap<>();
		result.alignments().forEach(a -> alignments.put(a.sourceA() + "|" + a.sourceB(), a));
		Map<EditKind, int[]> recall = new EnumMap<>(EditKind.class);
		List<String> missed = new ArrayList<>();
		long copies = articles.stream().filter(a -> a.syndicatedFrom() != null).count();
		long copiesFound = articles.stream()
			.filter(a -> a.syndicatedFrom() != null)
			.filter(a -> alignment(alignments, a.syndicatedFrom(), a.id()) != null)
			.count();
		for (GeneratedArticle article : articles) {
			for (PlantedEdit edit : article.edits()) {
				int[] counts = recall.computeIfAbsent(edit.kind(), k -> new int[2]);
				counts[1]++;
				if (detected(edit, bySource, alignments)) {
					counts[0]++;
				}
				else if (missed.size() < 8) {
					missed.add(edit.kind() + " " + edit.originalId() + "/" + edit.copyId() + ": "
							+ edit.originalExcerpt() + " || " + edit.copyExcerpt());
				}
			}
		}
		int found = recall.values().stream().mapToInt(c -> c[0]).sum();
		int planted = recall.values().stream().mapToInt(c -> c[1]).sum();
		Map<FindingKind, Long> kinds = new EnumMap<>(FindingKind.class);
		result.findings().forEach(f -> kinds.merge(f.kind(), 1L, Long::sum));
		System.out.printf("%n== %,d articles (%d syndicated copies, %d found as aligned pairs)%n", n, copies,
				copiesFound);
		System.out.printf("prepare (sentence split, quote facts): %.2f s%n", prepare);
		System.out.printf(
				"check: %.2f s, candidate source pairs %,d, candidate sentence pairs %,d, aligned pairs %,d%n", seconds,
				result.candidatePairs(), result.candidateSentencePairs(), result.alignments().size());
		int largest = result.stories().stream().mapToInt(List::size).max().orElse(0);
		long shared = result.stories().stream().filter(story -> story.size() > 1).count();
		System.out.printf(
				"stories %,d (%,d told by more than one source, the largest by %,d); pairs compared %,d, "
						+ "sentences embedded %,d%n",
				result.stories().size(), shared, largest, result.alignments().size(), result.embedded());
		result.notes().forEach(note -> System.out.println("  note: " + note));
		System.out.printf("findings %,d %s, confirmations %,d%n", result.findings().size(), kinds,
				result.confirmations().size());
		recall.forEach((kind, c) -> System.out.printf("  recall %-22s %5d / %5d = %.3f%n", kind, c[0], c[1],
				(double) c[0] / c[1]));
		System.out.printf("recall of planted edits: %d / %d = %.3f%n", found, planted, (double) found / planted);
		missed.forEach(m -> System.out.println("  missed " + m));
	}

	private static AlignmentSummary alignment(Map<String, AlignmentSummary> alignments, String x, String y) {
		AlignmentSummary alignment = alignments.get(x + "|" + y);
		return alignment != null ? alignment : alignments.get(y + "|" + x);
	}

	private static boolean detected(PlantedEdit edit, Map<String, List<Finding>> bySource,
			Map<String, AlignmentSummary> alignments) {
		if (edit.kind() == EditKind.PARAGRAPHS_REORDERED) {
			AlignmentSummary alignment = alignment(alignments, edit.originalId(), edit.copyId());
			return alignment != null && alignment.coverage() >= 0.8;
		}
		List<Finding> findings = bySource.getOrDefault(edit.originalId(), List.of());
		if (edit.kind() == EditKind.SENTENCE_DROPPED) {
			return findings.stream()
				.anyMatch(f -> f.kind() == FindingKind.OMISSION
						&& touches(f, edit.originalId(), edit.originalStart(), edit.originalEnd()));
		}
		FindingKind expected = switch (edit.kind()) {
			case NUMBER_CHANGED -> FindingKind.NUMBER;
			case QUOTE_ALTERED -> FindingKind.QUOTE;
			default -> FindingKind.WORDING;
		};
		return findings.stream()
			.anyMatch(
					f -> f.kind() == expected && touches(f, edit.originalId(), edit.originalStart(), edit.originalEnd())
							&& touches(f, edit.copyId(), edit.copyStart(), edit.copyEnd()));
	}

	private static boolean touches(Finding finding, String sourceId, int start, int end) {
		return finding.spans().stream().anyMatch(s -> s.overlaps(sourceId, start, end));
	}

	/**
	 * The quoted passages of {@code text} as quote facts, standing in for the
	 * extraction's quotes.
	 */
	public static List<Fact> quotes(String id, String text) {
		List<Fact> facts = new ArrayList<>();
		Matcher matcher = QUOTE.matcher(text);
		while (matcher.find()) {
			facts.add(new Fact(id, FactKind.QUOTE, matcher.start(1), matcher.end(1), matcher.group(1), matcher.group(1),
					null));
		}
		return facts;
	}

}
