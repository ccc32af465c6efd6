package org.crosscheck.dashboard.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Text for charts and money columns: amounts in their currency at a readable scale, and
 * source words made inert for ECharts' tooltip templates and rich text.
 */
public final class ChartText {

	private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "INR",
			"₹", "CNY", "¥", "KRW", "₩");

	private static final int MAX_TOOLTIP_WORDS = 160;

	private ChartText() {
	}

	/**
	 * A unit for a chart's value axis: amounts are divided by {@code divisor} and shown
	 * with {@code suffix}.
	 */
	public record Scale(BigDecimal divisor, String suffix) {

		/** The largest unit (B, M, K or none) in which {@code max} is at least 1. */
		public static Scale of(BigDecimal max) {
			BigDecimal value = max == null ? BigDecimal.ZERO : max.abs();
			if (value.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
				return new Scale(BigDecimal.valueOf(1_000_000_000L), "B");
			}
			if (value.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
				return new Scale(BigDecimal.valueOf(1_000_000L), "M");
			}
			if (value.compareTo(BigDecimal.valueOf(1_000L)) >= 0) {
				return new Scale(BigDecimal.valueOf(1_000L), "K");
			}
			return new Scale(BigDecimal.ONE, "");
		}

		/** The amount in this unit, to three decimals at most (what the chart plots). */
		public double apply(BigDecimal amount) {
			return amount.divide(this.divisor, 3, RoundingMode.HALF_UP).doubleValue();
		}

	}

	/**
	 * The currency's sign ($, €, £), or its code and a space when it has no common sign.
	 */
	public static String symbol(String currency) {
		String code = currency == null ? "USD" : currency;
		String sign = SYMBOLS.get(code);
		return sign != null ? sign : code + " ";
	}

	/**
	 * An ECharts axis label template: {@code $150M} for 150 on a millions axis in USD.
	 */
	public static String axisLabel(String currency, Scale scale) {
		return escape(symbol(currency)) + "{value}" + scale.suffix();
	}

	/** A short amount such as {@code $90.7M} or {@code €1.2B}; a dash for none. */
	public static String compact(BigDecimal amount, String currency) {
		if (amount == null) {
			return "—";
		}
		Scale scale = Scale.of(amount);
		BigDecimal scaled = amount.divide(scale.divisor(), 1, RoundingMode.HALF_UP).stripTrailingZeros();
		return symbol(currency) + scaled.toPlainString() + scale.suffix();
	}

	/** The whole amount with grouping, such as {@code $90,700,000}; a dash for none. */
	public static String full(BigDecimal amount, String currency) {
		if (amount == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
		return symbol(currency) + format.format(amount);
	}

	/**
	 * Makes text inert for an ECharts tooltip or label: a zero-width space after each
	 * opening brace stops {@code {a}} templates and {@code {style|...}} rich-text markup
	 * from matching. The chart element renders tooltips as rich text on the canvas, so
	 * angle brackets stay characters and never become elements.
	 */
	public static String escape(String text) {
		return text == null ? "" : text.replace("{", "{\u200B");
	}

	/**
	 * Source words for a tooltip: one line, quoted, cut to a readable length, escaped.
	 */
	public static String quote(String words) {
		if (words == null) {
			return "";
		}
		String line = words.replaceAll("\\s+", " ").strip();
		if (line.length() > MAX_TOOLTIP_WORDS) {
			line = line.substring(0, MAX_TOOLTIP_WORDS - 1) + "…";
		}
		return escape("«" + line + "»");
	}

}
