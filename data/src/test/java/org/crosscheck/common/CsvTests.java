package org.crosscheck.common;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
		Csv csv = new Csv(List.of("id", "words"));
		csv.row(List.of(1, "\"We do not provide technology for mass surveillance,\" a spokesperson said"));
		csv.row(List.of(2, "first line\nsecond line"));
		csv.row(Arrays.asList(3, null));

		assertThat(csv).hasToString("id,words\r\n"
				+ "1,\"\"\"We do not provide technology for mass surveillance,\"\" a spokesperson said\"\r\n"
				+ "2,\"first line\nsecond line\"\r\n" + "3,\r\n");
		assertThat(csv.rows()).isEqualTo(3);
	}

	@Test
	void wordsThatLookLikeASpreadsheetFormulaStayWordsNumbersStayNumbers() {
		Csv csv = new Csv(List.of("words", "amount"));
		csv.row(List.of("=HYPERLINK(\"http://example.org\")", -5));
		csv.row(List.of("-5 points", new java.math.BigDecimal("-18.8")));

		assertThat(csv).hasToString(
				"words,amount\r\n" + "\"'=HYPERLINK(\"\"http://example.org\"\")\",-5\r\n" + "'-5 points,-18.8\r\n");
	}

}
