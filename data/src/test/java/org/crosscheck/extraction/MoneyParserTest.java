package org.crosscheck.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tests the money finder on amounts as news writes them. */
class MoneyParserTest {

	private static MoneyValue only(String text) {
		List<Suggestion> found = MoneyParser.find(text);
		assertThat(found).hasSize(1);
		return (MoneyValue) found.getFirst().value();
	}

	private static void assertAmount(MoneyValue value, String amount, String currency) {
		assertThat(value.amount()).isEqualTo(new BigDecimal(amount));
		assertThat(value.currency()).isEqualTo(currency);
	}

	@Test
	void readsDollarMillionsAsExactDecimal() {
		assertAmount(only("Dell received $18.8 million in April 2025."), "18800000", "USD");
	}

	@Test
	void keepsTheAmountStableUnderStripTrailingZeros() {
		MoneyValue value = only("a $90.7 million contract");
		assertThat(value.amount().stripTrailingZeros().compareTo(new BigDecimal("90700000"))).isZero();
		assertThat(value.amount().toPlainString()).isEqualTo("90700000");
		assertThat(value.amount().scale()).isZero();
	}

	@Test
	void readsScaleWordsInHeadlineCaseAndJoinedByAHyphen() {
		assertAmount(only("Harbour Group to Buy Ferry Line for $412 Million"), "412000000", "USD");
		assertAmount(only("The mine was sold for US$2.6-billion on Friday."), "2600000000", "USD");
		assertAmount(only("a C$75-million bond"), "75000000", "CAD");
	}

	@Test
	void readsCapitalAbbreviationsWrittenOntoTheNumber() {
		assertAmount(only("Startup raises $45M in its second round"), "45000000", "USD");
		assertAmount(only("a £1.2BN takeover"), "1200000000", "GBP");
		assertAmount(only("salaries above $120K"), "120000", "USD");
		assertAmount(only("the $20 Bond Street voucher"), "20", "USD");
	}

	@Test
	void readsAbbreviatedScales() {
		assertAmount(only("a deal worth $90.7m"), "90700000", "USD");
		assertAmount(only("about €80m a year"), "80000000", "EUR");
		assertAmount(only("£1.2bn of debt"), "1200000000", "GBP");
		assertAmount(only("a $50k grant"), "50000", "USD");
		assertAmount(only("$3tn economy"), "3000000000000", "USD");
	}

	@Test
	void readsWrittenOutScales() {
		assertAmount(only("It cost $1.2 billion."), "1200000000", "USD");
		assertAmount(only("fined $3 thousand"), "3000", "USD");
	}

	@Test
	void readsCurrencyWordsAfterTheNumber() {
		assertAmount(only("it could reach 165.2 million dollars"), "165200000", "USD");
		assertAmount(only("a fine of 5,000 euros"), "5000", "EUR");
		assertAmount(only("paid 2 million pounds sterling"), "2000000", "GBP");
		assertAmount(only("worth 300 million yen"), "300000000", "JPY");
		assertAmount(only("a bill of 12,500 USD"), "12500", "USD");
	}

	@Test
	void readsPrefixedCurrencyCodesAndSymbols() {
		assertAmount(only("a US$5,000 fee"), "5000", "USD");
		assertAmount(only("raised A$2.5 million"), "2500000", "AUD");
		assertAmount(only("paid C$40 million"), "40000000", "CAD");
		assertAmount(only("EUR 1,250.50 per month"), "1250.5", "EUR");
		assertAmount(only("¥500 coins"), "500", "JPY");
	}

	@Test
	void readsIndianCroreAndLakh() {
		assertAmount(only("a budget of Rs 300 crore"), "3000000000", "INR");
		assertAmount(only("₹5 lakh"), "500000", "INR");
	}

	@Test
	void readsCommasAsThousandsSeparators() {
		assertAmount(only("$1,234,567 in fees"), "1234567", "USD");
	}

	@Test
	void splitsARangeWithSharedScaleIntoTwoAmounts() {
		List<Suggestion> found = MoneyParser.find("a deal worth $10-12 million");
		assertThat(found).extracting(Suggestion::exact).containsExactly("$10", "12 million");
		assertAmount((MoneyValue) found.get(0).value(), "10000000", "USD");
		assertAmount((MoneyValue) found.get(1).value(), "12000000", "USD");
	}

	@Test
	void splitsARangeWithTwoCurrencySymbols() {
		List<Suggestion> found = MoneyParser.find("valued at $3.5bn-$4bn");
		assertThat(found).extracting(Suggestion::exact).containsExactly("$3.5bn", "$4bn");
		assertAmount((MoneyValue) found.get(0).value(), "3500000000", "USD");
		assertAmount((MoneyValue) found.get(1).value(), "4000000000", "USD");
	}

	@Test
	void splitsARangeWrittenWithTo() {
		List<Suggestion> found = MoneyParser.find("between €5 million to €7.5 million");
		assertThat(found).hasSize(2);
		assertAmount((MoneyValue) found.get(1).value(), "7500000", "EUR");
	}

	@Test
	void doesNotLendTheScaleToALargerLowerEnd() {
		List<Suggestion> found = MoneyParser.find("from $900,000-1.2 million");
		assertAmount((MoneyValue) found.get(0).value(), "900000", "USD");
		assertAmount((MoneyValue) found.get(1).value(), "1200000", "USD");
	}

	@Test
	void readsARangeBeforeACurrencyWord() {
		List<Suggestion> found = MoneyParser.find("10-12 million euros");
		assertThat(found).hasSize(2);
		assertAmount((MoneyValue) found.get(0).value(), "10000000", "EUR");
		assertAmount((MoneyValue) found.get(1).value(), "12000000", "EUR");
	}

	@Test
	void ignoresYearsPercentagesAndBareNumbers() {
		assertThat(MoneyParser.find("In 2021, 45% of the 2,032 people earned 5 million.")).isEmpty();
	}

	@Test
	void ignoresPoundsAsAWeight() {
		assertThat(MoneyParser.find("seized 5,000 pounds of cocaine")).isEmpty();
	}

	@Test
	void endsAmountAtScaleWhenToIntroducesSomethingElse() {
		List<Suggestion> found = MoneyParser.find("raised $5 million to 10 schools");
		assertThat(found).extracting(Suggestion::exact).containsExactly("$5 million");
	}

	@Test
	void reportsExactOffsets() {
		String text = "AT&T secured a $90.7 million contract.";
		Suggestion found = MoneyParser.find(text).getFirst();
		assertThat(text.substring(found.start(), found.end())).isEqualTo("$90.7 million").isEqualTo(found.exact());
		assertThat(found.kind()).isEqualTo(SuggestionKind.MONEY);
	}

	@Test
	void parsesOneAmountAsAWhole() {
		assertThat(MoneyParser.parse(" $1.2 billion ")).contains(new MoneyValue(new BigDecimal("1200000000"), "USD"));
		assertThat(MoneyParser.parse("1.2 billion")).isEmpty();
	}

}
