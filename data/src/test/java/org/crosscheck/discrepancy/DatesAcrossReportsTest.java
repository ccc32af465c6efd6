package org.crosscheck.discrepancy;

import java.time.LocalDate;
import java.util.List;

import org.crosscheck.bench.BenchFacts;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four independent reports of one bridge closure (written for this test), published on
 * three days: three name the day it closed in their own words ("on Tuesday", "on March
 * 3", "yesterday"), all one day once each is resolved against its own publication date;
 * the fourth gives another day. That is one date four sources state, so one finding
 * listing each day with its sources, not a finding per pair.
 */
class DatesAcrossReportsTest {

	private static final String POST = """
			Harbour Bridge in Kelmouth was closed to traffic on Tuesday after engineers found cracks in its main span.
			The county council said repairs would take at least six weeks.
			Buses will be diverted through the Old Town while the work goes on.""";

	private static final String COURIER = """
			Engineers who found cracks in the main span of Kelmouth's Harbour Bridge had it closed to traffic on March 3.
			Repairs are expected to take six weeks or more, according to the county council.
			Bus routes now run through the Old Town instead.""";

	private static final String ECHO = """
			Kelmouth's Harbour Bridge was shut to all traffic yesterday when engineers discovered cracks in the main span.
			The county council expects the repairs to last at least six weeks.
			Buses are being diverted through the Old Town.""";

	private static final String TIMES = """
			The Harbour Bridge in Kelmouth closed to traffic on Monday once engineers had found cracks in its main span.
			According to the county council, repairs will take at least six weeks.
			Buses have been diverted through the Old Town during the work.""";

	private static CheckResult check() {
		// 2026-03-04 is a Wednesday: "Tuesday" and "yesterday" there are March 3,
		// "Monday" of March 6 is March 2.
		return new DiscrepancyChecker()
			.check(List.of(source("1", POST, LocalDate.of(2026, 3, 4)), source("2", COURIER, LocalDate.of(2026, 3, 5)),
					source("3", ECHO, LocalDate.of(2026, 3, 4)), source("4", TIMES, LocalDate.of(2026, 3, 6))));
	}

	private static ComparedSource source(String id, String text, LocalDate published) {
		return ComparedSource.of(id, text, BenchFacts.of(id, text, published), published);
	}

	@Test
	void oneDayThatFourReportsStateIsOneFindingListingEachDayWithItsSources() {
		CheckResult result = check();

		List<Finding> dates = result.findings().stream().filter(f -> f.kind() == FindingKind.DATE).toList();
		assertThat(result.stories()).hasSize(1);
		assertThat(dates).hasSize(1);
		assertThat(dates.getFirst().summary()).startsWith("4 sources differ on one date")
			.contains("= 2026-03-03 (3 sources: 1, 2, 3)")
			.contains("'Monday' = 2026-03-02 (source 4)");
		assertThat(dates.getFirst().spans()).extracting(Span::sourceId).containsExactly("1", "4");
	}

	@Test
	void reportsThatAgreeOnTheDayInOtherWordsRaiseNothing() {
		CheckResult result = new DiscrepancyChecker().check(List.of(source("1", POST, LocalDate.of(2026, 3, 4)),
				source("2", COURIER, LocalDate.of(2026, 3, 5)), source("3", ECHO, LocalDate.of(2026, 3, 4))));

		assertThat(result.findings()).noneMatch(f -> f.kind() == FindingKind.DATE);
	}

}
