package org.crosscheck.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Tests the date finder: absolute dates, relative ones against the publication date,
 * intervals and ambiguity.
 */
class DateParserTest {

	private static final LocalDate FEB_18_2026 = LocalDate.of(2026, 2, 18);

	private static Suggestion only(String text, LocalDate published) {
		List<Suggestion> found = DateParser.find(text, published);
		assertThat(found).as("dates in: %s", text).hasSize(1);
		return found.getFirst();
	}

	private static DateValue value(String text, LocalDate published) {
		return (DateValue) only(text, published).value();
	}

	private static void assertSpan(DateValue value, String start, String end, DatePrecision precision) {
		assertThat(value.start()).isEqualTo(LocalDate.parse(start));
		assertThat(value.end()).isEqualTo(LocalDate.parse(end));
		assertThat(value.precision()).isEqualTo(precision);
	}

	// ---- absolute ----

	@Test
	void readsMonthAndYear() {
		DateValue value = value("Dell received it in April 2025 to support the office.", null);
		assertSpan(value, "2025-04-01", "2025-04-30", DatePrecision.MONTH);
		assertThat(value.status()).isEqualTo(DateStatus.RESOLVED);
		assertThat(value.interval()).isFalse();
		assertThat(value.rule()).isNotBlank();
	}

	@Test
	void readsAmericanAndBritishDayDates() {
		assertSpan(value("February 21, 2026, 17:20 IST", null), "2026-02-21", "2026-02-21", DatePrecision.DAY);
		assertSpan(value("on 21 Feb 2026 the court ruled", null), "2026-02-21", "2026-02-21", DatePrecision.DAY);
		assertSpan(value("on the 3rd of March, 2024", null), "2024-03-03", "2024-03-03", DatePrecision.DAY);
		assertSpan(value("Sept. 4, 2023", null), "2023-09-04", "2023-09-04", DatePrecision.DAY);
	}

	@Test
	void readsFebruaryTwentyNinthOnlyInLeapYears() {
		assertSpan(value("on February 29, 2024", null), "2024-02-29", "2024-02-29", DatePrecision.DAY);
		List<Suggestion> found = DateParser.find("on February 29, 2025", null);
		assertThat(found).extracting(Suggestion::exact).doesNotContain("February 29, 2025");
	}

	@Test
	void readsAYearAfterADateWord() {
		Suggestion found = only("AT&T secured a contract in 2021 to provide IT.", null);
		assertThat(found.exact()).isEqualTo("2021");
		assertSpan((DateValue) found.value(), "2021-01-01", "2021-12-31", DatePrecision.YEAR);
		assertSpan(value("a possible extension until 2032", null), "2032-01-01", "2032-12-31", DatePrecision.YEAR);
		assertSpan(value("net zero by 2030", null), "2030-01-01", "2030-12-31", DatePrecision.YEAR);
	}

	@Test
	void leavesNumbersThatAreNotYearsAlone() {
		assertThat(DateParser.find("It employs 2,032 people and 2032 robots; revenue rose by 2025 units.", null))
			.isEmpty();
		assertThat(DateParser.find("It paid $2025 million and 1999 dollars; 2030% growth.", null)).isEmpty();
		assertThat(DateParser.find("World Cup 2026: the Blend Festival 2026 opens.", null)).isEmpty();
	}

	@Test
	void readsEarlyMidAndLateYearAsFourMonthIntervals() {
		DateValue early = value("in early 2025", null);
		assertSpan(early, "2025-01-01", "2025-04-30", DatePrecision.MONTH);
		assertThat(early.interval()).isTrue();
		assertSpan(value("by mid-2025", null), "2025-05-01", "2025-08-31", DatePrecision.MONTH);
		assertSpan(value("in late 2024", null), "2024-09-01", "2024-12-31", DatePrecision.MONTH);
	}

	@Test
	void readsPartsOfAMonthAsThirds() {
		assertSpan(value("in early September 2025", null), "2025-09-01", "2025-09-10", DatePrecision.DAY);
		assertSpan(value("in late February 2024", null), "2024-02-21", "2024-02-29", DatePrecision.DAY);
	}

	@Test
	void readsQuartersAndHalves() {
		DateValue quarter = value("revenue in Q3 2024 fell", null);
		assertSpan(quarter, "2024-07-01", "2024-09-30", DatePrecision.QUARTER);
		assertSpan(value("in the fourth quarter of 2023", null), "2023-10-01", "2023-12-31", DatePrecision.QUARTER);
		assertSpan(value("in the first half of 2025", null), "2025-01-01", "2025-06-30", DatePrecision.MONTH);
		assertSpan(value("H2 2025 guidance", null), "2025-07-01", "2025-12-31", DatePrecision.MONTH);
	}

	@Test
	void readsIntervalsBetweenMonthsAndYears() {
		DateValue months = value("between March and May 2024", null);
		assertSpan(months, "2024-03-01", "2024-05-31", DatePrecision.MONTH);
		assertThat(months.interval()).isTrue();
		DateValue years = value("from 2021 to 2023", null);
		assertSpan(years, "2021-01-01", "2023-12-31", DatePrecision.YEAR);
		assertThat(years.interval()).isTrue();
		assertSpan(value("from November 2024 to February 2025", null), "2024-11-01", "2025-02-28", DatePrecision.MONTH);
		assertSpan(value("in the 2019-2021 period", null), "2019-01-01", "2021-12-31", DatePrecision.YEAR);
		assertSpan(value("from March 3 to March 9, 2025", null), "2025-03-03", "2025-03-09", DatePrecision.DAY);
	}

	@Test
	void readsSixMonthsLeadingUpToAMonthAsEndingBeforeIt() {
		Suggestion found = only("ICE tripled its data in the six months leading up to January 2026.", null);
		assertThat(found.exact()).isEqualTo("the six months leading up to January 2026");
		DateValue value = (DateValue) found.value();
		assertSpan(value, "2025-07-01", "2025-12-31", DatePrecision.MONTH);
		assertThat(value.interval()).isTrue();
		assertThat(value.status()).isEqualTo(DateStatus.RESOLVED);
	}

	@Test
	void readsSixMonthsToAMonthAsIncludingIt() {
		assertSpan(value("in the six months to January 2026", null), "2025-08-01", "2026-01-31", DatePrecision.MONTH);
		assertSpan(value("in the 12 months through June 2024", null), "2023-07-01", "2024-06-30", DatePrecision.MONTH);
	}

	@Test
	void readsDecadesAndFiscalYears() {
		assertSpan(value("since the 1990s", null), "1990-01-01", "1999-12-31", DatePrecision.YEAR);
		DateValue fiscal = value("in fiscal 2025", null);
		assertSpan(fiscal, "2024-10-01", "2025-09-30", DatePrecision.YEAR);
		assertThat(fiscal.status()).isEqualTo(DateStatus.AMBIGUOUS);
		assertThat(fiscal.hint()).isNotBlank();
	}

	// ---- relative ----

	@Test
	void resolvesLastSeptemberAgainstPublicationMonth() {
		DateValue value = value("Last September, the company said it had disabled some services.", FEB_18_2026);
		assertSpan(value, "2025-09-01", "2025-09-30", DatePrecision.MONTH);
		assertThat(value.status()).isEqualTo(DateStatus.RESOLVED);
		assertThat(value.rule()).contains("last").contains("2026-02-18");
	}

	@Test
	void resolvesLastSeptemberPublishedInSeptemberToTheYearBefore() {
		assertSpan(value("last September", LocalDate.of(2025, 9, 20)), "2024-09-01", "2024-09-30", DatePrecision.MONTH);
		assertSpan(value("last September", LocalDate.of(2025, 10, 1)), "2025-09-01", "2025-09-30", DatePrecision.MONTH);
	}

	@Test
	void resolvesLastFebruaryInALeapYear() {
		assertSpan(value("last February", LocalDate.of(2024, 3, 10)), "2024-02-01", "2024-02-29", DatePrecision.MONTH);
	}

	@Test
	void resolvesNextAndThisMonthName() {
		assertSpan(value("next September", FEB_18_2026), "2026-09-01", "2026-09-30", DatePrecision.MONTH);
		assertSpan(value("next February", FEB_18_2026), "2027-02-01", "2027-02-28", DatePrecision.MONTH);
		assertSpan(value("this December", FEB_18_2026), "2026-12-01", "2026-12-31", DatePrecision.MONTH);
	}

	@Test
	void resolvesLastMonthLastYearAndThisYear() {
		assertSpan(value("after the shootings last month", FEB_18_2026), "2026-01-01", "2026-01-31",
				DatePrecision.MONTH);
		assertSpan(value("last month", LocalDate.of(2026, 1, 5)), "2025-12-01", "2025-12-31", DatePrecision.MONTH);
		assertSpan(value("expanded its use last year", FEB_18_2026), "2025-01-01", "2025-12-31", DatePrecision.YEAR);
		assertSpan(value("this year", FEB_18_2026), "2026-01-01", "2026-12-31", DatePrecision.YEAR);
		assertSpan(value("next month", LocalDate.of(2025, 12, 31)), "2026-01-01", "2026-01-31", DatePrecision.MONTH);
		assertSpan(value("last quarter", FEB_18_2026), "2025-10-01", "2025-12-31", DatePrecision.QUARTER);
	}

	@Test
	void resolvesOnWednesdayToTheMostRecentWednesdayOnOrBeforePublication() {
		Suggestion found = only("Microsoft said on Wednesday it did not think so.", FEB_18_2026);
		assertThat(found.exact()).isEqualTo("Wednesday");
		assertSpan((DateValue) found.value(), "2026-02-18", "2026-02-18", DatePrecision.DAY);
		assertSpan(value("Microsoft said on Monday it did not think so.", FEB_18_2026), "2026-02-16", "2026-02-16",
				DatePrecision.DAY);
		assertSpan(value("Microsoft said on Thursday it did not think so.", FEB_18_2026), "2026-02-12", "2026-02-12",
				DatePrecision.DAY);
	}

	@Test
	void resolvesAFutureWeekdayForward() {
		assertSpan(value("The board will vote on Friday.", FEB_18_2026), "2026-02-20", "2026-02-20", DatePrecision.DAY);
		assertSpan(value("The board will meet, as planned, on Friday.", FEB_18_2026), "2026-02-20", "2026-02-20",
				DatePrecision.DAY);
		assertSpan(value("The plan, which will be put to a vote on Friday, is new.", FEB_18_2026), "2026-02-20",
				"2026-02-20", DatePrecision.DAY);
	}

	@Test
	void keepsAWeekdayInThePastWhenItsOwnClauseIsToldInThePast() {
		// 2026-02-18 is a Wednesday: the Friday before is the 13th, the one after the
		// 20th.
		assertSpan(value("Acme will build a pool under a contract that the council approved on Friday.", FEB_18_2026),
				"2026-02-13", "2026-02-13", DatePrecision.DAY);
		assertSpan(value("The firm will start work after the deal was signed on Friday.", FEB_18_2026), "2026-02-13",
				"2026-02-13", DatePrecision.DAY);
		assertSpan(value("Work will begin soon, the mayor told reporters on Friday.", FEB_18_2026), "2026-02-13",
				"2026-02-13", DatePrecision.DAY);
	}

	@Test
	void resolvesLastAndNextWeekdayStrictly() {
		assertSpan(value("last Wednesday", FEB_18_2026), "2026-02-11", "2026-02-11", DatePrecision.DAY);
		assertSpan(value("next Wednesday", FEB_18_2026), "2026-02-25", "2026-02-25", DatePrecision.DAY);
	}

	@Test
	void resolvesYesterdayTodayAndAgo() {
		assertSpan(value("police said yesterday", LocalDate.of(2024, 3, 1)), "2024-02-29", "2024-02-29",
				DatePrecision.DAY);
		assertSpan(value("two years ago", FEB_18_2026), "2024-01-01", "2024-12-31", DatePrecision.YEAR);
		assertSpan(value("three days ago", FEB_18_2026), "2026-02-15", "2026-02-15", DatePrecision.DAY);
	}

	@Test
	void resolvesRollingWindowsUpToPublication() {
		DateValue value = value("over the past six months", FEB_18_2026);
		assertSpan(value, "2025-08-18", "2026-02-18", DatePrecision.DAY);
		assertThat(value.interval()).isTrue();
		assertSpan(value("earlier this year", FEB_18_2026), "2026-01-01", "2026-02-18", DatePrecision.DAY);
	}

	@Test
	void resolvesADayWithoutYearToTheNearestOccurrence() {
		assertSpan(value("on March 5 the firm", FEB_18_2026), "2026-03-05", "2026-03-05", DatePrecision.DAY);
		assertSpan(value("on December 30 the firm", LocalDate.of(2026, 1, 4)), "2025-12-30", "2025-12-30",
				DatePrecision.DAY);
	}

	@Test
	void leavesRelativeDatesUnresolvedWithoutPublicationDate() {
		for (String text : List.of("last September", "last month", "on Wednesday", "yesterday", "last year",
				"until September")) {
			DateValue value = value(text, null);
			assertThat(value.status()).as(text).isEqualTo(DateStatus.UNRESOLVED);
			assertThat(value.start()).isNull();
			assertThat(value.end()).isNull();
			assertThat(value.hint()).isEqualTo("the source has no publication date; set its publication date");
			assertThat(value.rule()).isNotBlank();
		}
	}

	@Test
	void marksUntilSeptemberAmbiguousAndReadsItForward() {
		DateValue value = value("The contract runs until September, with an option.", LocalDate.of(2026, 2, 21));
		assertThat(value.status()).isEqualTo(DateStatus.AMBIGUOUS);
		assertSpan(value, "2026-09-01", "2026-09-30", DatePrecision.MONTH);
		assertThat(value.hint()).contains("2026");
		assertThat(value.rule()).contains("until");
	}

	@Test
	void readsUntilTheSameMonthAsThePublicationMonth() {
		assertSpan(value("runs until September", LocalDate.of(2025, 9, 10)), "2025-09-01", "2025-09-30",
				DatePrecision.MONTH);
		assertSpan(value("runs until January", LocalDate.of(2025, 9, 10)), "2026-01-01", "2026-01-31",
				DatePrecision.MONTH);
	}

	@Test
	void readsABareMonthAfterInAsTheNearestOne() {
		DateValue value = value("The talks collapsed in November.", FEB_18_2026);
		assertThat(value.status()).isEqualTo(DateStatus.AMBIGUOUS);
		assertSpan(value, "2025-11-01", "2025-11-30", DatePrecision.MONTH);
	}

	@Test
	void ignoresMayAsAVerbAndMonthsWithoutCue() {
		assertThat(DateParser.find("Officials May be wrong. The March report may change.", FEB_18_2026)).isEmpty();
	}

	@Test
	void treatsInSeptember2025AndLastSeptemberAsTheSameMonth() {
		DateValue absolute = value("In September 2025, the company said", LocalDate.of(2026, 2, 21));
		DateValue relative = value("Last September, the company said", FEB_18_2026);
		assertThat(relative.start()).isEqualTo(absolute.start());
		assertThat(relative.end()).isEqualTo(absolute.end());
		assertThat(relative.precision()).isEqualTo(absolute.precision());
	}

	@Test
	void parsesOneExpressionAsAWhole() {
		assertThat(DateParser.parse("2032", null)).get().extracting(DateValue::precision).isEqualTo(DatePrecision.YEAR);
		assertThat(DateParser.parse("last September", FEB_18_2026)).get()
			.extracting(DateValue::start)
			.isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(DateParser.parse("not a date", FEB_18_2026)).isEmpty();
	}

}
