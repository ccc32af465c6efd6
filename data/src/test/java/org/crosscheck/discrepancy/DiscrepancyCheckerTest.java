package org.crosscheck.discrepancy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.bench.DiscrepancyBenchmark;
import org.crosscheck.discrepancy.internal.CandidateIndex;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check of hundreds of sources (more than one round of comparisons) finds the same
 * whether it keeps every source and every repeated finding to the end or lets them go as
 * it goes.
 */
class DiscrepancyCheckerTest {

	private static List<ComparedSource> sources;

	private static CheckResult everything;

	@BeforeAll
	static void checkKeepingEverything() {
		sources = new CorpusGenerator(11).generate(400)
			.stream()
			.map(a -> ComparedSource.of(a.id(), a.cleanText(), DiscrepancyBenchmark.quotes(a.id(), a.cleanText())))
			.toList();
		CandidateIndex index = new CandidateIndex();
		index.addAll(sources);
		everything = new DiscrepancyChecker().check(index);
	}

	@Test
	void lettingGoOfCheckedSourcesChangesNothingFound() {
		CheckResult released = new DiscrepancyChecker().check(sources);

		assertThat(everything.findings()).extracting(Finding::kind)
			.contains(FindingKind.WORDING, FindingKind.NUMBER, FindingKind.QUOTE, FindingKind.OMISSION);
		assertThat(everything.confirmations()).isNotEmpty();
		assertThat(released).isEqualTo(everything);
	}

	@Test
	void keepingOneFindingPerFingerprintKeepsTheFirstOfEachInTheSameOrder() {
		Set<String> seen = new HashSet<>();
		List<Finding> firsts = everything.findings().stream().filter(f -> seen.add(f.fingerprint())).toList();
		Set<String> confirmed = new HashSet<>();
		List<Confirmation> firstConfirmations = everything.confirmations()
			.stream()
			.filter(c -> confirmed.add(c.fingerprint()))
			.toList();

		CheckResult one = new DiscrepancyChecker().onePerFingerprint().check(sources);

		assertThat(one.findings()).isEqualTo(firsts);
		assertThat(one.confirmations()).isEqualTo(firstConfirmations);
		assertThat(one.repeats()).isPositive().isEqualTo(everything.findings().size() - firsts.size());
		assertThat(one.alignments()).isEqualTo(everything.alignments());
	}

}
