package org.crosscheck.extraction;

import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.crosscheck.extraction.internal.Suggesters;
import org.junit.jupiter.api.Timeout;

import static org.crosscheck.extraction.SuggestionFuzzChecks.withinText;

/**
 * Fuzzes every suggester at once (entities, money, dates, quotes, contracts, events) on
 * any text.
 */
class SuggestersFuzzTest {

	@FuzzTest
	@Timeout(10)
	void suggest(byte[] bytes) {
		String text = FuzzChecks.text(bytes);
		FuzzChecks.onlyClearRefusals(
				() -> withinText(text, Suggesters.everything(text, LocalDate.of(2026, 2, 18)).suggestions()));
	}

}
