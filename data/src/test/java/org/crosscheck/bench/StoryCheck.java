package org.crosscheck.bench;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.discrepancy.CheckResult;
import org.crosscheck.discrepancy.ComparedSource;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;

/**
 * Runs the story-aware check on a set of texts and keeps what the story benchmark and
 * tests score: the stories found, the sentence links and the findings. The one place that
 * knows the checker's API.
 */
public final class StoryCheck {

	/** One text to check. */
	public record Input(String id, String text, LocalDate published) {
	}

	/** Two sentences the check matched, by words or by meaning. */
	public record Link(String sourceA, int startA, int endA, String sourceB, int startB, int endB, double score,
			boolean byMeaning) {
	}

	/**
	 * What a check found.
	 *
	 * @param stories every source id in exactly one story
	 * @param links the sentence pairs it matched
	 * @param findings the findings
	 * @param seconds the check's time, facts and sentence split excluded
	 * @param notes what the result says beyond these (such as how many sentences it
	 * embedded), or empty
	 */
	public record Outcome(List<List<String>> stories, List<Link> links, List<Finding> findings, double seconds,
			String notes) {
	}

	private StoryCheck() {
	}

	/** The sources a check compares: the texts with their facts. */
	public static List<ComparedSource> sources(List<Input> inputs) {
		return inputs.parallelStream()
			.map(in -> ComparedSource.of(in.id(), in.text(), BenchFacts.of(in.id(), in.text(), in.published()),
					in.published()))
			.toList();
	}

	/** Checks {@code sources} together. */
	public static Outcome check(List<ComparedSource> sources) {
		long start = System.nanoTime();
		CheckResult result = new DiscrepancyChecker().withLinks().check(sources);
		double seconds = (System.nanoTime() - start) / 1e9;
		List<Link> links = result.links()
			.stream()
			.map(l -> new Link(l.sourceA(), l.startA(), l.endA(), l.sourceB(), l.startB(), l.endB(), l.score(),
					l.byMeaning()))
			.toList();
		String notes = result.embedded() + " sentences embedded"
				+ (result.notes().isEmpty() ? "" : "; " + String.join(" ", result.notes()));
		return new Outcome(result.stories(), links, result.findings(), seconds, notes);
	}

}
