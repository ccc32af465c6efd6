package org.crosscheck.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.discrepancy.internal.Aligner;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.junit.jupiter.api.Test;

/** The checks on small hand-made pairs of versions of one story. */
class VariedPairsTest {

	private static final String ORIGINAL = """
			The city council approved a new transport budget of $45 million on Tuesday after a long debate.
			Officials said the plan would expand bus services across the northern districts by next spring.
			Mayor Helen Carter told reporters that the city had analysed traffic data from the past three years.
			"We are not going to raise fares for students," Carter said at a press conference.
			Opposition members argued that the budget relied on optimistic forecasts of federal funding.
			The council will review the spending again in October, according to the meeting agenda.
			""";

	private static CheckResult check(String a, String b) {
		return new DiscrepancyChecker()
			.check(List.of(ComparedSource.of("a", a, List.of()), ComparedSource.of("b", b, List.of())));
	}

	private static List<Finding> raised(String changed) {
		return check(ORIGINAL, changed).findings().stream().filter(f -> f.kind() != FindingKind.OMISSION).toList();
	}

	@Test
	void raisesNothingForSpellingOnlyChanges() {
		assertThat(raised(ORIGINAL.replace("analysed", "analyzed").replace("$45 million", "$45m"))).isEmpty();
	}

	@Test
	void raisesAnAddedHedge() {
		assertThat(raised(ORIGINAL.replace("Officials said the plan would", "Officials said the plan might")))
			.anySatisfy(f -> {
				assertThat(f.kind()).isEqualTo(FindingKind.WORDING);
				assertThat(f.summary()).contains("hedge");
				assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
			});
	}

	@Test
	void raisesAnAddedNegationAsHigh() {
		assertThat(raised(ORIGINAL.replace("Opposition members argued that the budget relied",
				"Opposition members argued that the budget never relied")))
			.anySatisfy(f -> {
				assertThat(f.kind()).isEqualTo(FindingKind.WORDING);
				assertThat(f.severity()).isEqualTo(Severity.HIGH);
				assertThat(f.diff()).contains("{+never+}");
			});
	}

	@Test
	void raisesAChangedNumber() {
		assertThat(raised(ORIGINAL.replace("$45 million", "$54 million"))).anySatisfy(f -> {
			assertThat(f.kind()).isEqualTo(FindingKind.NUMBER);
			assertThat(f.severity()).isEqualTo(Severity.HIGH);
			assertThat(f.spans()).extracting(Span::exact).containsExactly("45", "54");
		});
	}

	@Test
	void raisesAChangedAmountGivenAsFacts() {
		String changed = ORIGINAL.replace("$45 million", "$54 million");
		Fact before = SeedTexts.fact("a", ORIGINAL, FactKind.MONEY, "$45 million", "USD 45000000", null);
		Fact after = SeedTexts.fact("b", changed, FactKind.MONEY, "$54 million", "USD 54000000", null);
		CheckResult result = new DiscrepancyChecker().check(List.of(ComparedSource.of("a", ORIGINAL, List.of(before)),
				ComparedSource.of("b", changed, List.of(after))));
		assertThat(result.findings()).filteredOn(f -> f.kind() == FindingKind.NUMBER)
			.singleElement()
			.satisfies(
					f -> assertThat(f.spans()).extracting(Span::exact).containsExactly("$45 million", "$54 million"));
	}

	@Test
	void raisesADifferentResolvedDateButNotTheSameMonthInOtherWords() {
		String changed = ORIGINAL.replace("in October", "in November");
		Fact october = SeedTexts.fact("a", ORIGINAL, FactKind.DATE, "in October", "2026-10/MONTH", null);
		Fact november = SeedTexts.fact("b", changed, FactKind.DATE, "in November", "2026-11/MONTH", null);
		CheckResult differs = new DiscrepancyChecker().check(List.of(ComparedSource.of("a", ORIGINAL, List.of(october)),
				ComparedSource.of("b", changed, List.of(november))));
		assertThat(differs.findings()).anyMatch(f -> f.kind() == FindingKind.DATE);
		String same = ORIGINAL.replace("in October", "next October");
		Fact nextOctober = SeedTexts.fact("b", same, FactKind.DATE, "next October", "2026-10/MONTH", null);
		CheckResult agrees = new DiscrepancyChecker().check(List.of(ComparedSource.of("a", ORIGINAL, List.of(october)),
				ComparedSource.of("b", same, List.of(nextOctober))));
		assertThat(agrees.findings()).noneMatch(f -> f.kind() == FindingKind.DATE || f.kind() == FindingKind.WORDING);
	}

	@Test
	void raisesAnAlteredQuoteAndADifferentSpeaker() {
		String quote = "We are not going to raise fares for students";
		String altered = "We are not going to raise fares for most students";
		String changed = ORIGINAL.replace(quote, altered).replace("Carter said", "Peter Lang said");
		CheckResult result = new DiscrepancyChecker().check(List.of(
				ComparedSource.of("a", ORIGINAL,
						List.of(SeedTexts.fact("a", ORIGINAL, FactKind.QUOTE, quote, quote, "Carter"))),
				ComparedSource.of("b", changed,
						List.of(SeedTexts.fact("b", changed, FactKind.QUOTE, altered, altered, "Peter Lang")))));
		assertThat(result.findings()).anySatisfy(f -> {
			assertThat(f.kind()).isEqualTo(FindingKind.QUOTE);
			assertThat(f.diff()).contains("{+most+}");
		});
		assertThat(result.findings()).anyMatch(f -> f.kind() == FindingKind.ATTRIBUTION);
		assertThat(result.confirmations()).isEmpty();
	}

	@Test
	void alignsAReorderedSyndicatedCopy() {
		List<String> lines = ORIGINAL.lines().toList();
		String reordered = String.join("\n", lines.get(3), lines.get(5), lines.get(0), lines.get(2), lines.get(1),
				lines.get(4)) + "\n";
		Alignment alignment = Aligner.align(ComparedSource.of("a", ORIGINAL, List.of()),
				ComparedSource.of("b", reordered, List.of()));
		assertThat(alignment.pairs()).hasSize(6).allMatch(p -> p.a().exact().equals(p.b().exact()));
		assertThat(check(ORIGINAL, reordered).findings()).isEmpty();
	}

	@Test
	void listsADroppedSentenceAsOmission() {
		String shortened = ORIGINAL.replace(
				"Opposition members argued that the budget relied on optimistic forecasts of federal funding.\n", "");
		assertThat(check(ORIGINAL, shortened).findings()).singleElement().satisfies(f -> {
			assertThat(f.kind()).isEqualTo(FindingKind.OMISSION);
			assertThat(f.spans()).singleElement()
				.satisfies(s -> assertThat(s.exact()).startsWith("Opposition members"));
		});
	}

}
