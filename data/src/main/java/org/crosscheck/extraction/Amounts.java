package org.crosscheck.extraction;

import java.math.BigDecimal;

import org.crosscheck.common.CrosscheckException;

/**
 * Reads an amount as users type it: {@code 18800000}, {@code 18.8m},
 * {@code "$18.8 million"}, {@code €80m}.
 */
public final class Amounts {

	private Amounts() {
	}

	public static MoneyValue parse(String text, String defaultCurrency) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			return new MoneyValue(new BigDecimal(value.replace(",", "").replace("_", "")),
					defaultCurrency == null ? null : defaultCurrency);
		}
		catch (NumberFormatException notPlain) {
			MoneyValue parsed = MoneyParser.parse(value)
				.or(() -> MoneyParser.parse("$" + value)
					.map(dollars -> new MoneyValue(dollars.amount(),
							defaultCurrency == null ? "USD" : defaultCurrency)))
				.orElse(null);
			if (parsed == null) {
				throw CrosscheckException
					.invalid("'" + text + "' is not an amount; write 18800000, 18.8m, \"$18.8 million\" or \"€80m\"");
			}
			return parsed;
		}
	}

}
