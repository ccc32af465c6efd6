package org.crosscheck.discrepancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.crosscheck.extraction.DateParser;
import org.crosscheck.extraction.DateValue;
import org.crosscheck.extraction.MoneyParser;
import org.crosscheck.extraction.MoneyValue;
import org.crosscheck.extraction.Suggestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Independent reports of one event, each in its own words, order and currency (written
 * for this test): stories, amounts across currencies, one finding for a figure three
 * reports give differently, and the traps.
 */
class IndependentReportsTest {

	private static final String WIRE = """
			Thieves stole jewels worth €88 million from the Halden Museum in Ostrava on Sunday morning, police said.
			The four men used a mechanical ladder to reach a first-floor window and escaped on two scooters.
			Museum director Petra Hollis said the collection had been insured for years.
			The museum will stay closed until further notice while investigators search the galleries.""";

	private static final String DAILY = """
			Four robbers fled on scooters after breaking into the Halden Museum through a window on the first floor.
			The haul, valued at $102 million, included a diadem and eight necklaces, according to the Ostrava police.
			Investigators believe the gang spent weeks watching the building before the raid.
			Petra Hollis, who runs the Halden Museum, told reporters the pieces could never be sold openly.""";

	private static final String BLOG = """
			What a morning in Ostrava: the Halden Museum lost jewels worth $160 million to four thieves on scooters.
			Petra Hollis, the museum's director, called the theft an attack on the city's memory.
			The thieves climbed a mechanical ladder to a window on the first floor, police in Ostrava said.""";

	/**
	 * The same shop, robbed again five years later: the same actors and words, another
	 * story.
	 */
	private static final String EARLIER = """
			Thieves stole jewels worth €4 million from the Halden Museum in Ostrava in March 2019, police said.
			Museum director Petra Hollis said the Halden Museum would review its alarms after the theft.
			The thieves escaped on foot through a side door of the Halden Museum, according to the police.""";

	private static CheckResult check(List<ComparedSource> sources) {
		return new DiscrepancyChecker().check(sources);
	}

	private static ComparedSource source(String id, String text, LocalDate published) {
		List<Fact> facts = new ArrayList<>();
		for (Suggestion money : MoneyParser.find(text)) {
			MoneyValue value = (MoneyValue) money.value();
			facts.add(Fact.of(id, FactKind.MONEY, money.start(), money.end(), money.exact(),
					value.currency() + " " + value.amount().toPlainString()));
		}
		for (Suggestion date : DateParser.find(text, published)) {
			DateValue value = (DateValue) date.value();
			facts.add(Fact.of(id, FactKind.DATE, date.start(), date.end(), date.exact(),
					value.start() == null ? null : value.start() + ".." + value.end() + "/" + value.precision()));
		}
		return ComparedSource.of(id, text, facts, published);
	}

	@Test
	void groupsTheReportsOfOneRobberyAndKeepsTheRobberyOfFiveYearsBeforeApart() {
		CheckResult result = check(List.of(source("wire", WIRE, LocalDate.of(2025, 10, 19)),
				source("daily", DAILY, LocalDate.of(2025, 10, 20)), source("blog", BLOG, LocalDate.of(2025, 10, 19)),
				source("earlier", EARLIER, LocalDate.of(2019, 3, 12))));

		assertThat(result.stories()).containsExactlyInAnyOrder(List.of("wire", "daily", "blog"), List.of("earlier"));
		assertThat(result.findings()).flatExtracting(Finding::spans)
			.noneSatisfy(span -> assertThat(span.sourceId()).isEqualTo("earlier"));
	}

	@Test
	void givesOneFindingForTheLootThatThreeReportsGiveDifferentlyAndTakesEuroAndDollarForOneAmount() {
		CheckResult result = check(List.of(source("wire", WIRE, LocalDate.of(2025, 10, 19)),
				source("daily", DAILY, LocalDate.of(2025, 10, 20)), source("blog", BLOG, LocalDate.of(2025, 10, 19))));

		List<Finding> numbers = result.findings().stream().filter(f -> f.kind() == FindingKind.NUMBER).toList();
		assertThat(numbers).hasSize(1);
		Finding loot = numbers.getFirst();
		// €88 million and $102 million are one amount at the euro's rate; $160 million is
		// not.
		assertThat(loot.summary()).contains("3 sources differ").contains("$160M (source blog)").contains("€88M");
		assertThat(loot.spans()).extracting(Span::exact).contains("$160 million");
	}

	@Test
	void takesAPartOfTheCostForAnotherFigureThanTheCost() {
		String county = """
				Delmore County approved a $3.2 million contract on Monday to repair the Miller Street bridge over the Avon.
				Engineers closed the Miller Street bridge in June after finding cracks in two of its supports.
				The state will pay $1.5 million of the cost of repairing the Miller Street bridge, the roads officer said.""";
		String radio = """
				Repairing the Miller Street bridge will cost $4.1 million, the state's roads officer said on Monday.
				The bridge has been closed since June, when engineers found cracks in two of its supports.""";
		CheckResult result = check(List.of(source("county", county, LocalDate.of(2025, 9, 8)),
				source("radio", radio, LocalDate.of(2025, 9, 8))));

		List<Finding> numbers = result.findings().stream().filter(f -> f.kind() == FindingKind.NUMBER).toList();
		assertThat(numbers).hasSize(1);
		assertThat(numbers.getFirst().spans()).extracting(Span::exact)
			.containsExactlyInAnyOrder("$3.2 million", "$4.1 million");
	}

	@Test
	void takesAnAmountInTwoCurrenciesForOneAmountWhenOnlyTwoReportsGiveIt() {
		CheckResult result = check(List.of(source("wire", WIRE, LocalDate.of(2025, 10, 19)),
				source("daily", DAILY, LocalDate.of(2025, 10, 20))));

		assertThat(result.findings()).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.NUMBER));
	}

	@Test
	void doesNotListAPassageAsOmittedWhenAnotherReportTellsItInOtherWords() {
		CheckResult result = check(List.of(source("wire", WIRE, LocalDate.of(2025, 10, 19)),
				source("daily", DAILY, LocalDate.of(2025, 10, 20)), source("blog", BLOG, LocalDate.of(2025, 10, 19))));

		List<Span> omitted = result.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.OMISSION)
			.flatMap(f -> f.spans().stream())
			.toList();
		// The ladder and the window are in the blog's words too; the insurance is in the
		// wire story alone.
		assertThat(omitted).noneSatisfy(span -> assertThat(span.exact()).contains("mechanical ladder"));
		assertThat(omitted).anySatisfy(span -> assertThat(span.exact()).contains("insured"));
	}

	@Test
	void twoStatementsAboutOneSceneAreNotTakenForOneWithDifferentDates() {
		String wire = WIRE
				+ "\nThe museum was closed for the rest of the day and will reopen on Wednesday, its director said.";
		String daily = DAILY + "\nThe museum was closed to visitors for the rest of Sunday.";
		CheckResult result = check(List.of(source("wire", wire, LocalDate.of(2025, 10, 19)),
				source("daily", daily, LocalDate.of(2025, 10, 20))));

		assertThat(result.findings()).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.DATE));
	}

	@Test
	void aStoryOfOneSourceIsSaidToHaveNothingToCompareWith() {
		CheckResult result = check(List.of(source("wire", WIRE, LocalDate.of(2025, 10, 19)),
				source("earlier", EARLIER, LocalDate.of(2019, 3, 12))));

		assertThat(result.findings()).isEmpty();
		assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("nothing to compare"));
	}

}
