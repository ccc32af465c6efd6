package org.crosscheck.discrepancy.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reading the ECB's CSV layout and the rate of a day, on a small table written here. */
class ExchangeRatesTest {

	// Days out of order, a holiday without rates, an N/A cell, as the ECB's own file has
	// them.
	private static final String TABLE = """
			Date,USD,GBP,
			2025-10-20,1.20,0.90,
			2025-10-16,1.10,N/A,
			2025-10-17,1.15,0.85,
			""";

	private static ExchangeRates rates() throws Exception {
		return ExchangeRates.read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aDayWithoutARateTakesTheNearestEarlierDaysRate() throws Exception {
		ExchangeRates rates = rates();

		assertThat(rates.inEuros(new BigDecimal("115"), "USD", LocalDate.of(2025, 10, 18))).isCloseTo(100,
				within(1e-9));
		assertThat(rates.inEuros(new BigDecimal("120"), "USD", LocalDate.of(2025, 10, 20))).isCloseTo(100,
				within(1e-9));
		assertThat(rates.inEuros(new BigDecimal("85"), "GBP", LocalDate.of(2025, 10, 19))).isCloseTo(100, within(1e-9));
	}

	@Test
	void beforeTheFirstDayTheFirstRateAfterTheLastOrWithoutADayTheLast() throws Exception {
		ExchangeRates rates = rates();

		assertThat(rates.inEuros(new BigDecimal("110"), "USD", LocalDate.of(2020, 1, 1))).isCloseTo(100, within(1e-9));
		assertThat(rates.inEuros(new BigDecimal("120"), "USD", LocalDate.of(2030, 1, 1))).isCloseTo(100, within(1e-9));
		assertThat(rates.inEuros(new BigDecimal("120"), "USD", null)).isCloseTo(100, within(1e-9));
		assertThat(rates.lastDay()).isEqualTo(LocalDate.of(2025, 10, 20));
	}

	@Test
	void aCurrencyTheTableLacksHasNoRateAndTheEuroIsOne() throws Exception {
		ExchangeRates rates = rates();

		assertThat(rates.inEuros(BigDecimal.TEN, "CHF", null)).isNull();
		assertThat(rates.knows("CHF")).isFalse();
		assertThat(rates.inEuros(BigDecimal.TEN, "EUR", LocalDate.of(2025, 10, 17))).isEqualTo(10.0);
	}

	@Test
	void theShippedSnapshotHasTheDollarPoundAndYen() {
		ExchangeRates rates = ExchangeRates.load(null);

		assertThat(rates.knows("USD")).isTrue();
		assertThat(rates.knows("GBP")).isTrue();
		assertThat(rates.knows("JPY")).isTrue();
		// The snapshot ends where its origin (rates/ORIGIN.md) ends.
		assertThat(rates.lastDay()).isAfterOrEqualTo(LocalDate.of(2023, 2, 21));
	}

}
