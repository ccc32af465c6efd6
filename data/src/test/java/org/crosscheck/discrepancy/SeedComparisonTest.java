package org.crosscheck.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.discrepancy.SeedTexts.FIRST;
import static org.crosscheck.discrepancy.SeedTexts.SECOND;
import static org.crosscheck.discrepancy.SeedTexts.fact;

import java.util.List;

import org.crosscheck.discrepancy.internal.Aligner;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks on the project's two seed articles, with the quotes and dates given as
 * facts.
 */
class SeedComparisonTest {

	private static final String FULL_QUOTE = "Microsoft policies and terms of service do not allow our technology to be "
			+ "used for the mass surveillance of civilians, and we do not believe ICE is engaged in such activity";

	private static String first;

	private static String second;

	private static CheckResult result;

	@BeforeAll
	static void check() {
		first = SeedTexts.text(FIRST);
		second = SeedTexts.text(SECOND);
		List<Fact> factsOfFirst = List.of(
				fact(FIRST, first, FactKind.QUOTE, "mass surveillance of civilians", "mass surveillance of civilians",
						"Microsoft"),
				fact(FIRST, first, FactKind.QUOTE, FULL_QUOTE, FULL_QUOTE, "the spokesperson"),
				fact(FIRST, first, FactKind.DATE, "In September 2025", "2025-09/MONTH", null),
				fact(FIRST, first, FactKind.DATE, "January 2026", "2026-01/MONTH", null),
				fact(FIRST, first, FactKind.DATE, "last year", "2025/YEAR", null));
		String earlier = "As we've previously said, Microsoft provides cloud-based productivity and collaboration "
				+ "tools to DHS (Department of Homeland Security, of which ICE is a part) and ICE, delivered through our "
				+ "key partners,";
		List<Fact> factsOfSecond = List.of(
				fact(SECOND, second, FactKind.QUOTE, earlier, earlier, "a Microsoft spokesperson"),
				fact(SECOND, second, FactKind.QUOTE, FULL_QUOTE, FULL_QUOTE, "a Microsoft spokesperson"),
				fact(SECOND, second, FactKind.QUOTE, "clear legal lines", "clear legal lines", "The company"),
				fact(SECOND, second, FactKind.DATE, "Last September", "2025-09/MONTH", null),
				fact(SECOND, second, FactKind.DATE, "January 2026", "2026-01/MONTH", null),
				fact(SECOND, second, FactKind.DATE, "last year", "2025/YEAR", null));
		result = new DiscrepancyChecker().check(List.of(ComparedSource.of(FIRST, first, factsOfFirst),
				ComparedSource.of(SECOND, second, factsOfSecond)));
	}

	@Test
	void alignsTheParaphrasedSentenceAboutTheIsraeliUnit() {
		Alignment alignment = Aligner.align(ComparedSource.of(FIRST, first, List.of()),
				ComparedSource.of(SECOND, second, List.of()));
		assertThat(alignment.pairs()).anySatisfy(pair -> {
			assertThat(pair.a().exact()).startsWith("In September 2025, the company said it had suspended");
			assertThat(pair.b().exact()).startsWith("Last September, the company said it had disabled");
		});
	}

	@Test
	void raisesSuspendedCertainAgainstDisabledSomeAsWording() {
		assertThat(result.findings()).filteredOn(f -> f.kind() == FindingKind.WORDING).anySatisfy(f -> {
			assertThat(f.diff()).contains("[-suspended certain-]{+disabled some+}");
			assertThat(f.spans()).extracting(Span::sourceId).containsExactly(FIRST, SECOND);
			assertThat(f.severity()).isIn(Severity.MEDIUM, Severity.HIGH);
		});
	}

	@Test
	void confirmsTheQuoteBothSourcesGiveWordForWord() {
		assertThat(result.confirmations()).anySatisfy(c -> {
			assertThat(c.kind()).isEqualTo(FindingKind.QUOTE);
			assertThat(c.spans()).extracting(Span::exact).containsOnly(FULL_QUOTE);
		});
		assertThat(result.findings()).noneSatisfy(f -> {
			assertThat(f.kind()).isIn(FindingKind.QUOTE, FindingKind.ATTRIBUTION);
			assertThat(f.spans()).extracting(Span::exact).contains(FULL_QUOTE);
		});
	}

	@Test
	void raisesNoDateDiscrepancyForSeptember2025AgainstLastSeptember() {
		assertThat(result.findings()).noneMatch(f -> f.kind() == FindingKind.DATE);
	}

	@Test
	void listsTheContractsParagraphAsOmittedFromTheSecondSource() {
		Finding omission = omissionOf(FIRST);
		String listed = String.join("\n", omission.spans().stream().map(Span::exact).toList());
		assertThat(listed).contains("Dell, AT&T and Palantir are among the largest contractors")
			.contains("received $18.8 million in April 2025")
			.contains("AT&T secured a $90.7 million contract in 2021")
			.contains("Palantir was awarded a $139.3 million contract in 2022");
		assertThat(omission.summary()).contains(SECOND);
	}

	@Test
	void listsTheFatalShootingsAsOmittedFromTheFirstSource() {
		Finding omission = omissionOf(SECOND);
		assertThat(omission.spans()).anyMatch(s -> s.exact().contains("fatal shootings of two U.S. citizens"));
		assertThat(omission.spans()).allMatch(s -> s.sourceId().equals(SECOND));
	}

	@Test
	void raisesTheQuoteThatTheFirstSourceParaphrasesWithoutQuoteMarks() {
		assertThat(result.findings()).filteredOn(f -> f.kind() == FindingKind.QUOTE)
			.anySatisfy(f -> assertThat(f.spans().get(0).exact()).startsWith("As we've previously said"));
	}

	@Test
	void givesTheSameFingerprintsWhenRunAgainWithOtherIds() {
		CheckResult again = new DiscrepancyChecker()
			.check(List.of(ComparedSource.of("x", first, List.of()), ComparedSource.of("y", second, List.of())));
		CheckResult once = new DiscrepancyChecker()
			.check(List.of(ComparedSource.of(FIRST, first, List.of()), ComparedSource.of(SECOND, second, List.of())));
		assertThat(again.findings()).extracting(Finding::fingerprint)
			.containsExactlyInAnyOrderElementsOf(once.findings().stream().map(Finding::fingerprint).toList());
	}

	private static Finding omissionOf(String sourceId) {
		return result.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.OMISSION && f.spans().getFirst().sourceId().equals(sourceId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no omission for " + sourceId + " in " + result.findings()));
	}

}
