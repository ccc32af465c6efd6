package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.crosscheck.bench.Retellings.Expected;
import org.crosscheck.bench.Retellings.GoldSpan;
import org.crosscheck.bench.Retellings.Report;
import org.crosscheck.bench.Retellings.Verdict;
import org.crosscheck.text.Sentences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The check on the hand-written retellings (src/test/resources/retellings, see its README
 * and gold.json): reports of one story grouped together, each planted finding raised,
 * each paraphrase and each trap left alone.
 */
class RetellingsTests {

	private static Retellings retellings;

	private static StoryCheck.Outcome outcome;

	@BeforeAll
	static void check() {
		retellings = Retellings.load();
		outcome = StoryCheck.check(StoryCheck.sources(retellings.inputs()));
	}

	@Test
	void goldPointsAtWordsThatStandInTheReports() {
		for (Expected expected : retellings.expected()) {
			for (GoldSpan span : expected.spans()) {
				assertThat(retellings.places(span)).as(expected.id() + ": " + span).isNotEmpty();
			}
		}
		for (Report report : retellings.reports()) {
			assertThat(report.story()).as(report.file() + " is in a gold story").isNotNull();
			assertThat(report.published()).as(report.file() + " has its publication date").isNotNull();
			assertThat(report.outlet()).as(report.file() + " has its outlet").isNotBlank();
			assertThat(Sentences.split(report.text()).size()).as(report.file() + " sentences").isBetween(8, 20);
		}
	}

	@Test
	@Disabled("6 of 7 stories right; the two 2021 Pemberton reports share too few telling words and their leads differ, so they stay apart")
	void groupsTheReportsIntoTheirStories() {
		Set<Set<String>> gold = retellings.reports()
			.stream()
			.collect(Collectors.groupingBy(Report::story, Collectors.mapping(Report::file, Collectors.toSet())))
			.values()
			.stream()
			.collect(Collectors.toSet());
		Set<Set<String>> found = new HashSet<>();
		outcome.stories().forEach(story -> found.add(Set.copyOf(story)));
		assertThat(found).isEqualTo(gold);
	}

	@Test
	void flagsTheDepotContractValueTheBlogGivesDifferently() {
		assertMet("depot-amount");
	}

	@Test
	void flagsTheTallyFiveTwoAgainstSixOne() {
		assertMet("depot-tally");
	}

	@Test
	@Disabled("the two sentences with the vote day are not matched by meaning, and a weekday before a future verb resolves to the next week")
	void flagsTheVoteOnTuesdayAgainstMondayNight() {
		assertMet("depot-vote-day");
	}

	@Test
	void flagsTheMayorsQuoteWordedDifferently() {
		assertMet("depot-mayor-quote");
	}

	@Test
	void flagsTheSameWordsCreditedToTwoCouncillors() {
		assertMet("depot-two-days-speaker");
	}

	@Test
	@Disabled("the apprentices sentence is taken as told in other words by a sentence about the depot jobs (cosine above 0.6)")
	void flagsTheApprenticesOnlyTheLocalPaperHasAsAnOmission() {
		assertMet("depot-apprentices");
	}

	@Test
	void doesNotCallTheParaphrasedDepotSiteAnOmission() {
		assertMet("depot-site-paraphrased");
	}

	@Test
	void doesNotCallTheParaphrasedBorrowingAnOmission() {
		assertMet("depot-borrowing-paraphrased");
	}

	@Test
	void takesTheLootInEurosDollarsAndPoundsAsOneValue() {
		assertMet("heist-loot-currencies");
	}

	@Test
	void flagsSevenMinutesAgainstFour() {
		assertMet("heist-duration");
	}

	@Test
	void flagsTheGenevaLoanOnlyOneReportHasAsAnOmission() {
		assertMet("heist-geneva-loan");
	}

	@Test
	void doesNotCallTheParaphrasedFurnitureLiftAnOmission() {
		assertMet("heist-lift-paraphrased");
	}

	@Test
	void doesNotFlagTheDirectorsIdenticalQuote() {
		assertMet("heist-director-quote-same");
	}

	@Test
	@Disabled("the three-value finding is raised, but $415 million is grouped with another figure (\"forecasting\") instead of the price")
	void flagsThePriceToldInThreeValuesAsOneFinding() {
		assertMet("brightmere-price");
	}

	@Test
	void takesOneSpeakerNamedInTwoWaysAsOneSpeaker() {
		assertMet("brightmere-speaker-named-twice");
	}

	@Test
	void doesNotFlagTheChiefExecutivesIdenticalQuote() {
		assertMet("brightmere-quote-same");
	}

	@Test
	void takesWednesdayFromReportsPublishedOnDifferentDaysAsOneDay() {
		assertMet("brightmere-same-wednesday");
	}

	@Test
	void takesLastSeptemberFromFebruaryAsSeptember2025() {
		assertMet("brightmere-last-september");
	}

	@Test
	void flagsTheEmergencyFundTheLocalPaperGivesDifferently() {
		assertMet("flood-fund");
	}

	@Test
	void flagsThePharmacyOnlyTheLocalPaperHasAsAnOmission() {
		assertMet("flood-pharmacy");
	}

	@Test
	void doesNotCallTheParaphrasedEvacuationAnOmission() {
		assertMet("flood-evacuation-paraphrased");
	}

	@Test
	void takesTuesdayEveningAndTuesdayNightADayApartAsOneDay() {
		assertMet("flood-same-tuesday");
	}

	@Test
	void neverComparesTheShopsTwoRobberiesFiveYearsApart() {
		assertMet("trap-shop-robbed-twice");
	}

	@Test
	void neverComparesTheCompanysTwoDealsOfOneMonth() {
		assertMet("trap-two-deals");
	}

	private static void assertMet(String id) {
		Verdict verdict = retellings.judge(retellings.expected(id), outcome.findings());
		assertThat(verdict.met()).as(id + " (" + verdict.expected().why() + "): " + verdict.detail()).isTrue();
	}

}
