package org.crosscheck.extraction;

import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.junit.jupiter.api.Timeout;

import static org.crosscheck.extraction.SuggestionFuzzChecks.withinText;

/** Fuzzes the date parser on any text, against a publication date and without one. */
class DateParserFuzzTest {

	private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 18);

	@FuzzTest
	@Timeout(10)
	void find(byte[] bytes) {
		String text = FuzzChecks.text(bytes);
		FuzzChecks.onlyClearRefusals(() -> {
			withinText(text, DateParser.find(text, PUBLISHED));
			withinText(text, DateParser.find(text, null));
		});
	}

	@FuzzTest
	@Timeout(10)
	void parse(byte[] bytes) {
		String text = FuzzChecks.text(bytes);
		FuzzChecks.onlyClearRefusals(() -> {
			DateParser.parse(text, PUBLISHED);
			DateParser.parse(text, null);
		});
	}

}
