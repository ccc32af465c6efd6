package org.crosscheck.extraction;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.junit.jupiter.api.Timeout;

import static org.crosscheck.extraction.SuggestionFuzzChecks.withinText;

/**
 * Fuzzes the money parser on any text: amounts found lie within the text, nothing else
 * escapes.
 */
class MoneyParserFuzzTest {

	@FuzzTest
	@Timeout(10)
	void find(byte[] bytes) {
		String text = FuzzChecks.text(bytes);
		FuzzChecks.onlyClearRefusals(() -> withinText(text, MoneyParser.find(text)));
	}

	@FuzzTest
	@Timeout(10)
	void parse(byte[] bytes) {
		String text = FuzzChecks.text(bytes);
		FuzzChecks.onlyClearRefusals(() -> MoneyParser.parse(text));
	}

}
