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
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The European Central Bank's euro reference rates by day, for telling whether two amounts in different currencies
 * are the same amount: a dated snapshot ships with Crosscheck (resources/rates/ORIGIN.md says where it comes from and
 * how to refresh it), and a file {@code ecb-rates.csv} in the home, in the ECB's own CSV layout, replaces it.
 */
public final class ExchangeRates {

	/** Where a newer table of the ECB's rates may be put, in the ECB's CSV layout. */
	public static final String HOME_FILE = "ecb-rates.csv";

	private static final String SNAPSHOT = "/rates/ecb-euro-reference-rates.csv.gz";

	private static volatile ExchangeRates shared;

	/** Per currency, day to units of the currency per euro. */
	private final Map<String, TreeMap<LocalDate, Double>> perEuro;

	private final LocalDate last;

	private ExchangeRates(Map<String, TreeMap<LocalDate, Double>> perEuro) {
		this.perEuro = perEuro;
		this.last = perEuro.values().stream().map(TreeMap::lastKey).max(LocalDate::compareTo).orElse(null);
	}

	/** The rates of the home's {@value #HOME_FILE} when there is one, else the snapshot; read once per process. */
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

	/** Reads the rates from {@code file} (the ECB's CSV layout), or the snapshot when it is null. */
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

	/** Reads CSV of the ECB's layout: {@code Date,USD,JPY,...}, one line a day, in any order, empty or N/A cells. */
	static ExchangeRates read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null) {
			throw new IOException("no header line");
		}
		String[] currencies = header.split(",", -1);
		Map<String, TreeMap<LocalDate, Double>> perEuro = new HashMap<>();
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
				perEuro.computeIfAbsent(currency, c -> new TreeMap<>()).put(day, Double.parseDouble(cell));
			}
		}
		if (!perEuro.containsKey("USD")) {
			throw new IOException("no USD column");
		}
		perEuro.put("EUR", new TreeMap<>(Map.of(LocalDate.of(1999, 1, 4), 1.0)));
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
	 * {@code amount} of {@code currency} in euros at the rate of {@code day} (the nearest earlier day with a rate; the
	 * first day for earlier dates; the last for later ones or when {@code day} is null), or null for a currency the
	 * table does not have.
	 */
	public Double inEuros(BigDecimal amount, String currency, LocalDate day) {
		TreeMap<LocalDate, Double> rates = perEuro.get(currency);
		if (rates == null) {
			return null;
		}
		Map.Entry<LocalDate, Double> rate = day == null ? rates.lastEntry() : rates.floorEntry(day);
		if (rate == null) {
			rate = rates.firstEntry();
		}
		return amount.doubleValue() / rate.getValue();
	}

}
