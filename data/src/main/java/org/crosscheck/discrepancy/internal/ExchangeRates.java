package org.crosscheck.discrepancy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The European Central Bank's euro reference rates by day, for telling whether two
 * amounts in different currencies are the same amount: a dated snapshot ships with
 * Crosscheck (resources/rates/ORIGIN.md says where it comes from and how to refresh it),
 * and a file {@code ecb-rates.csv} in the home, in the ECB's own CSV layout, replaces it.
 */
public final class ExchangeRates {

	/** Where a newer table of the ECB's rates may be put, in the ECB's CSV layout. */
	public static final String HOME_FILE = "ecb-rates.csv";

	private static final String SNAPSHOT = "/rates/ecb-euro-reference-rates.csv.gz";

	private static volatile ExchangeRates shared;

	/** Per currency, its rates by day: units of the currency per euro. */
	private final Map<String, Series> perEuro;

	private final LocalDate last;

	/**
	 * One currency's rates, by day in order: two arrays rather than a map of boxed days
	 * and rates, so that the whole history (about 270,000 rates) takes a few megabytes
	 * and reads in a fraction of a second.
	 */
	private static final class Series {

		private int[] days = new int[256];

		private double[] rates = new double[256];

		private int size;

		void add(LocalDate day, double rate) {
			if (this.size == this.days.length) {
				this.days = Arrays.copyOf(this.days, this.size * 2);
				this.rates = Arrays.copyOf(this.rates, this.size * 2);
			}
			this.days[this.size] = (int) day.toEpochDay();
			this.rates[this.size++] = rate;
		}

		/**
		 * Sorts by day (a file may list days in any order); the last rate read for a day
		 * stays.
		 */
		Series sorted() {
			Integer[] order = new Integer[this.size];
			for (int i = 0; i < this.size; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (x, y) -> this.days[x] != this.days[y] ? Integer.compare(this.days[x], this.days[y])
					: Integer.compare(x, y));
			int[] days = new int[this.size];
			double[] rates = new double[this.size];
			int kept = 0;
			for (int i : order) {
				if (kept > 0 && days[kept - 1] == this.days[i]) {
					rates[kept - 1] = this.rates[i];
					continue;
				}
				days[kept] = this.days[i];
				rates[kept++] = this.rates[i];
			}
			this.days = Arrays.copyOf(days, kept);
			this.rates = Arrays.copyOf(rates, kept);
			this.size = kept;
			return this;
		}

		/**
		 * The rate of {@code day}, or of the nearest earlier day; the first for earlier
		 * days, the last for null.
		 */
		double rate(LocalDate day) {
			if (day == null) {
				return this.rates[this.size - 1];
			}
			int found = Arrays.binarySearch(this.days, 0, this.size, (int) day.toEpochDay());
			int at = found >= 0 ? found : Math.max(0, -found - 2);
			return this.rates[at];
		}

		LocalDate lastDay() {
			return LocalDate.ofEpochDay(this.days[this.size - 1]);
		}

	}

	private ExchangeRates(Map<String, Series> perEuro) {
		this.perEuro = perEuro;
		this.last = perEuro.values().stream().map(Series::lastDay).max(LocalDate::compareTo).orElse(null);
	}

	/**
	 * The rates of the home's {@value #HOME_FILE} when there is one, else the snapshot;
	 * read once per process.
	 */
	public static ExchangeRates get() {
		ExchangeRates rates = shared;
		if (rates == null) {
			synchronized (ExchangeRates.class) {
				if (shared == null) {
					shared = load(homeFile());
				}
				rates = shared;
			}
		}
		return rates;
	}

	private static Path homeFile() {
		String home = System.getProperty(org.crosscheck.home.CrosscheckHome.HOME_PROPERTY);
		Path file = home == null ? null : Path.of(home, HOME_FILE);
		return file != null && Files.isRegularFile(file) ? file : null;
	}

	/**
	 * Reads the rates from {@code file} (the ECB's CSV layout), or the snapshot when it
	 * is null.
	 */
	static ExchangeRates load(Path file) {
		try (InputStream in = file != null ? Files.newInputStream(file)
				: new GZIPInputStream(ExchangeRates.class.getResourceAsStream(SNAPSHOT))) {
			return read(in);
		}
		catch (IOException | RuntimeException ex) {
			if (file != null) {
				// A damaged replacement must not stop a check: the snapshot still serves.
				return load(null);
			}
			throw new UncheckedIOException(new IOException("the exchange-rate snapshot cannot be read", ex));
		}
	}

	/**
	 * Reads CSV of the ECB's layout: {@code Date,USD,JPY,...}, one line a day, in any
	 * order, empty or N/A cells.
	 */
	static ExchangeRates read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null) {
			throw new IOException("no header line");
		}
		String[] currencies = header.split(",", -1);
		Map<String, Series> perEuro = new HashMap<>();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			String[] cells = line.split(",", -1);
			if (cells.length < 2 || cells[0].isBlank()) {
				continue;
			}
			LocalDate day = LocalDate.parse(cells[0].strip());
			for (int i = 1; i < cells.length && i < currencies.length; i++) {
				String cell = cells[i].strip();
				String currency = currencies[i].strip();
				if (cell.isEmpty() || currency.isEmpty() || !Character.isDigit(cell.charAt(0))) {
					continue;
				}
				perEuro.computeIfAbsent(currency, c -> new Series()).add(day, Double.parseDouble(cell));
			}
		}
		if (!perEuro.containsKey("USD")) {
			throw new IOException("no USD column");
		}
		Series euro = new Series();
		euro.add(LocalDate.of(1999, 1, 4), 1.0);
		perEuro.put("EUR", euro);
		perEuro.replaceAll((currency, series) -> series.sorted());
		return new ExchangeRates(perEuro);
	}

	/** The last day the table has rates for. */
	public LocalDate lastDay() {
		return last;
	}

	/** True when the table has rates of {@code currency} (an ISO 4217 code). */
	public boolean knows(String currency) {
		return perEuro.containsKey(currency);
	}

	/**
	 * {@code amount} of {@code currency} in euros at the rate of {@code day} (the nearest
	 * earlier day with a rate; the first day for earlier dates; the last for later ones
	 * or when {@code day} is null), or null for a currency the table does not have.
	 */
	public Double inEuros(BigDecimal amount, String currency, LocalDate day) {
		Series rates = perEuro.get(currency);
		if (rates == null) {
			return null;
		}
		return amount.doubleValue() / rates.rate(day);
	}

}
