package org.crosscheck.discrepancy;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.bench.BenchFacts;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One buyer, two deals in one week, told in the same stock words (written for this test):
 * the two reports of the first deal, each quoting someone else, are one story; the report
 * of the second deal is another, since neither names the company the other is about, and
 * its price is never compared with theirs.
 */
class SameBuyerTwoDealsTest {

	private static final String FIRST = """
			Halden Software will buy Brenmoor Analytics for $420 million, the two companies said on Monday.
			Brenmoor Analytics, founded in 2011, makes forecasting tools for retailers and has about 300 staff.
			"Brenmoor Analytics brings us the forecasting tools our customers ask for," Halden Software chief executive Mara Lind said.
			Shares in Halden Software rose 2 percent after the news.
			The deal is expected to close by the end of the year, subject to approval by regulators.""";

	private static final String FIRST_RETOLD = """
			Halden Software has agreed to acquire Brenmoor Analytics in a deal worth $420 million.
			The takeover of Brenmoor Analytics, announced on Monday, still needs approval by regulators.
			"The price is fair for a company growing this fast," said Tomas Reyes, an analyst at Corbel Research.
			Brenmoor Analytics employs about 300 people and was founded in 2011.
			Halden Software shares climbed 2 percent.""";

	private static final String SECOND = """
			Halden Software will buy Quayside Robotics for $150 million, the two companies said on Thursday.
			Quayside Robotics, founded in 2016, makes warehouse robots and has about 120 staff.
			"Quayside Robotics gives us the robots our customers ask for," Halden Software chief executive Mara Lind said.
			Shares in Halden Software fell 1 percent after the news.
			The deal is expected to close by the end of the year, subject to approval by regulators.""";

	private static ComparedSource source(String id, String text, LocalDate published) {
		return ComparedSource.of(id, text, BenchFacts.of(id, text, published), published);
	}

	@Test
	void twoDealsOfOneBuyerAreTwoStoriesAndTheirPricesAreNotCompared() {
		CheckResult result = new DiscrepancyChecker().check(List.of(source("first", FIRST, LocalDate.of(2026, 4, 6)),
				source("first-retold", FIRST_RETOLD, LocalDate.of(2026, 4, 6)),
				source("second", SECOND, LocalDate.of(2026, 4, 9))));

		assertThat(result.stories()).containsExactlyInAnyOrder(List.of("first", "first-retold"), List.of("second"));
		assertThat(result.findings()).noneMatch(
				f -> f.kind() == FindingKind.NUMBER && f.spans().stream().anyMatch(s -> s.sourceId().equals("second")));
	}

}
