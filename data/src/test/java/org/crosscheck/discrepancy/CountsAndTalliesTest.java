package org.crosscheck.discrepancy;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.bench.BenchFacts;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts and tallies in two independent reports of one school board vote (written for
 * this test): the tally and the number of parents differ; the pupils (one hedged), the
 * schools and two counts of teachers that are two facts do not make findings.
 */
class CountsAndTalliesTest {

	private static final String HERALD = """
			The Brackwater school board voted 4-3 on Tuesday to close Elm Street Primary, board chair Nadia Osei said.
			About 240 pupils will move to two other schools in Brackwater in September.
			Three parents were removed from the meeting after shouting at board members.
			Nadia Osei said the building needed repairs the board could not pay for.
			The school opened in 1931 and has 18 teachers.
			The Brackwater teachers' union said it would fight the closure of Elm Street Primary.""";

	private static final String GAZETTE = """
			Elm Street Primary will close after Brackwater's school board backed the plan 5-2 at Tuesday's meeting.
			The decision affects 240 pupils, who will be moved to two nearby schools.
			Nadia Osei, who chairs the Brackwater board, said the vote had been the hardest of her career.
			Two parents were escorted from the meeting after shouting at the board.
			Eleven teachers have already found posts at other schools, the union said.
			Elm Street Primary's building has needed repairs for years, according to Nadia Osei.""";

	private static CheckResult check() {
		return new DiscrepancyChecker().check(List.of(source("herald", HERALD, LocalDate.of(2026, 5, 6)),
				source("gazette", GAZETTE, LocalDate.of(2026, 5, 7))));
	}

	private static ComparedSource source(String id, String text, LocalDate published) {
		return ComparedSource.of(id, text, BenchFacts.of(id, text, published), published);
	}

	private static List<String> numberFindings(CheckResult result) {
		return result.findings().stream().filter(f -> f.kind() == FindingKind.NUMBER).map(Finding::summary).toList();
	}

	@Test
	void theTallyOfTheVoteThatTheReportsGiveDifferentlyIsOneFindingWithBothValues() {
		CheckResult result = check();

		assertThat(result.stories()).containsExactly(List.of("herald", "gazette"));
		assertThat(numberFindings(result)).anySatisfy(summary -> assertThat(summary)
			.startsWith("2 sources differ on one tally: 4-3 (source herald); 5-2 (source gazette)"));
	}

	@Test
	void threeParentsAgainstTwoIsACountFinding() {
		assertThat(numberFindings(check()))
			.anySatisfy(summary -> assertThat(summary).contains("differ on one count ('parents')")
				.contains("Three parents")
				.contains("Two parents"));
	}

	@Test
	void aHedgedCountThatAgreesAndTwoCountsOfTeachersThatAreTwoFactsRaiseNothing() {
		List<String> numbers = numberFindings(check());

		assertThat(numbers).noneMatch(summary -> summary.contains("pupils"))
			.noneMatch(summary -> summary.contains("teachers"))
			.noneMatch(summary -> summary.contains("schools"));
	}

}
