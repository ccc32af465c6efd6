package org.crosscheck.discrepancy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.discrepancy.Fact;

/**
 * Amounts as reporters write them, compared as a reader would: "$137 million" and "$136.8
 * million" are the same amount rounded; "about $100 million" allows a tenth either way;
 * "€85 million" and "$99 million" are the same when the euro's reference rate of the day
 * the reports were published makes them so, within a stated tolerance.
 */
final class Money {

	/**
	 * Two conversions of one amount, by two newsrooms on different days, stay within this
	 * share of each other.
	 */
	static final double CONVERSION_TOLERANCE = 0.06;

	/** What "about", "nearly", "more than" allow either way. */
	static final double APPROXIMATION_TOLERANCE = 0.10;

	/**
	 * More allowed when the rate is older than the report by over a month (the snapshot
	 * ends before it).
	 */
	static final double STALE_RATE_TOLERANCE = 0.10;

	private static final Pattern APPROXIMATE = Pattern
		.compile("(?i)(?:" + org.crosscheck.text.WordLists.alternation("approximations") + ")\\s*$");

	/**
	 * Whether the words right before a number make it approximate or a bound ("about",
	 * "some", "more than").
	 */
	static boolean approximate(String before) {
		return APPROXIMATE.matcher(before).find();
	}

	private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");

	private static final Map<String, String> SIGNS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "INR", "₹");

	/**
	 * One amount of a source.
	 *
	 * @param fact the money fact
	 * @param currency its ISO code
	 * @param amount its exact value
	 * @param unit the rounding step its wording implies ("$18.8 million": 100,000)
	 * @param approximate true when hedged ("about", "more than")
	 * @param published the source's publication day, or null
	 */
	record Amount(Fact fact, String currency, BigDecimal amount, double unit, boolean approximate,
			LocalDate published) {

		/** "$137M", "€85M", "£2.6B", "$950K". */
		String shortForm() {
			return Money.shortForm(amount.doubleValue(), currency);
		}

	}

	/** What comparing two amounts found. */
	record Verdict(boolean consistent, boolean comparable, boolean staleRate) {
	}

	private Money() {
	}

	/**
	 * The amount of {@code fact} ("USD 18800000"), read with the words before it in
	 * {@code text}; null if unreadable.
	 */
	static Amount of(Fact fact, String text, LocalDate published) {
		if (fact.value() == null) {
			return null;
		}
		String[] parts = fact.value().strip().split("\\s+");
		if (parts.length != 2) {
			return null;
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(parts[1]);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		Matcher written = WRITTEN_NUMBER.matcher(fact.exact());
		double unit = 1;
		if (written.find()) {
			double number = Double.parseDouble(written.group().replace(",", ""));
			int decimals = written.group(1) == null ? 0 : written.group(1).length();
			double scale = number == 0 ? 1 : amount.doubleValue() / number;
			unit = Math.max(1e-9, scale * Math.pow(10, -decimals));
		}
		String before = text.substring(Math.max(0, fact.start() - 24), fact.start());
		return new Amount(fact, parts[0].toUpperCase(Locale.ROOT), amount, unit, approximate(before), published);
	}

	/**
	 * Whether {@code x} and {@code y} can be the same amount, each converted at its own
	 * source's day.
	 */
	static Verdict compare(Amount x, Amount y, ExchangeRates rates) {
		double tolerance = (x.approximate() || y.approximate()) ? APPROXIMATION_TOLERANCE : 0;
		if (x.currency().equals(y.currency())) {
			double difference = x.amount().subtract(y.amount()).abs().doubleValue();
			double rounding = Math.max(x.unit(), y.unit()) / 2 * 1.0001;
			double larger = Math.max(x.amount().abs().doubleValue(), y.amount().abs().doubleValue());
			return new Verdict(difference <= rounding || difference <= tolerance * larger, true, false);
		}
		Double euroX = rates.inEuros(x.amount(), x.currency(), x.published());
		Double euroY = rates.inEuros(y.amount(), y.currency(), y.published());
		if (euroX == null || euroY == null) {
			return new Verdict(true, false, false);
		}
		boolean stale = stale(rates, x.published()) || stale(rates, y.published());
		double rounding = Math.max(x.unit() / x.amount().doubleValue(), y.unit() / y.amount().doubleValue()) / 2;
		tolerance += CONVERSION_TOLERANCE + rounding + (stale ? STALE_RATE_TOLERANCE : 0);
		double larger = Math.max(Math.abs(euroX), Math.abs(euroY));
		return new Verdict(Math.abs(euroX - euroY) <= tolerance * larger, true, stale);
	}

	/**
	 * {@code amount} of {@code from} in {@code to} at the rate of {@code day}, or null
	 * when a rate is missing.
	 */
	static Double convert(BigDecimal amount, String from, String to, LocalDate day, ExchangeRates rates) {
		Double euros = rates.inEuros(amount, from, day);
		Double oneTo = rates.inEuros(BigDecimal.ONE, to, day);
		return euros == null || oneTo == null ? null : euros / oneTo;
	}

	private static boolean stale(ExchangeRates rates, LocalDate day) {
		return day == null || day.isAfter(rates.lastDay().plusDays(31));
	}

	static String shortForm(double amount, String currency) {
		String sign = SIGNS.getOrDefault(currency, currency + " ");
		double magnitude = Math.abs(amount);
		String suffix;
		double scaled;
		if (magnitude >= 1e9) {
			scaled = amount / 1e9;
			suffix = "B";
		}
		else if (magnitude >= 1e6) {
			scaled = amount / 1e6;
			suffix = "M";
		}
		else if (magnitude >= 1e4) {
			scaled = amount / 1e3;
			suffix = "K";
		}
		else {
			scaled = amount;
			suffix = "";
		}
		BigDecimal rounded = BigDecimal.valueOf(scaled)
			.setScale(Math.abs(scaled) >= 100 ? 0 : 1, RoundingMode.HALF_UP)
			.stripTrailingZeros();
		return sign + rounded.toPlainString() + suffix;
	}

}
