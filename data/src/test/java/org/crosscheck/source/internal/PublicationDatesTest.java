package org.crosscheck.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Publication dates as pages state them, and what they become. */
class PublicationDatesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '=', value = { "February 21, 2026, 17:20 IST = 2026-02-21T17:20+05:30",
			"21 February 2026 09:05 GMT = 2026-02-21T09:05Z", "Feb. 18, 2026 = 2026-02-18",
			"2026-02-18T10:00:00-05:00 = 2026-02-18T10:00-05:00", "2026-02-18T10:00:00.000Z = 2026-02-18T10:00Z",
			"2026-02-18T10:00:30+0000 = 2026-02-18T10:00:30Z", "2026-02-18 = 2026-02-18",
			"2026-02-18T10:00:00 = 2026-02-18T10:00",
			"Saturday, February 21, 2026 5:20 PM EST = 2026-02-21T17:20-05:00",
			"February 21, 2026 at 5:20 p.m. PDT = 2026-02-21T17:20-07:00", "21st Feb 2026 = 2026-02-21",
			"Sep 3 2025 14:00 UTC+2 = 2025-09-03T14:00+02:00",
			"3 September 2025 14:00 GMT-05:30 = 2025-09-03T14:00-05:30",
			"3 Sept 2025, 08:15 CEST = 2025-09-03T08:15+02:00", "3 Sept 2025, 08:15 (BST) = 2025-09-03T08:15+01:00",
			"12 March 2026 10:00 ET = 2026-03-12T10:00-04:00", "12 January 2026 10:00 ET = 2026-01-12T10:00-05:00",
			"10 January 2026 09:00 JST = 2026-01-10T09:00+09:00", "10 January 2026 09:00 AEDT = 2026-01-10T09:00+11:00",
			"10 January 2026 09:00 AEST = 2026-01-10T09:00+10:00",
			"10 January 2026 09:00 SAST = 2026-01-10T09:00+02:00", "10 January 2026 09:00 WAT = 2026-01-10T09:00+01:00",
			"10 January 2026 09:00 EAT = 2026-01-10T09:00+03:00", "10 January 2026 09:00 CDT = 2026-01-10T09:00-05:00",
			"10 January 2026 09:00 MST = 2026-01-10T09:00-07:00",
			"10 January 2026 09:00 +0530 = 2026-01-10T09:00+05:30", "21.02.2026 = 2026-02-21",
			"2026/02/21 08:00 = 2026-02-21T08:00", "(Feb. 18, 2026) = 2026-02-18",
			"January 5 2026 13:45 = 2026-01-05T13:45" })
	void parsesStatedDate(String stated, String iso) {
		assertThat(PublicationDates.parse(stated)).isEqualTo(iso);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "yesterday", "3 minutes -", "February 30, 2026", "02/03/2026",
			"Microsoft said on Wednesday", "Published in 2021, the report found", "21 February 2026 25:00 GMT",
			"21 February 2026 09:05 XYZT", "World Cup 2026", "13:00 PM February 2, 2026" })
	void refusesWhatIsNoUnambiguousDate(String text) {
		assertThat(PublicationDates.parse(text)).isNull();
	}

}
