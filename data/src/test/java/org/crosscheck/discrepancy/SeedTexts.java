package org.crosscheck.discrepancy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the cleaned seed articles and builds facts by quoting their words, as a user or
 * the extraction would.
 */
final class SeedTexts {

	static final String FIRST = "seed-000";

	static final String SECOND = "seed-001";

	private SeedTexts() {
	}

	static String text(String name) {
		try (InputStream in = SeedTexts.class.getResourceAsStream("/discrepancy/" + name + ".txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fact anchored at the first occurrence of {@code exact} in {@code text}. */
	static Fact fact(String sourceId, String text, FactKind kind, String exact, String value, String speaker) {
		int start = text.indexOf(exact);
		if (start < 0) {
			throw new IllegalArgumentException("not in " + sourceId + ": " + exact);
		}
		return new Fact(sourceId, kind, start, start + exact.length(), exact, value, speaker);
	}

}
