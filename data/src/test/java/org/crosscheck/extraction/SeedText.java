package org.crosscheck.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the two seed articles that the tests use, copied into the test resources. */
final class SeedText {

	/**
	 * Published 2026-02-21 (the article states it); "In September 2025", three contracts.
	 */
	static final String SEED_000 = read("/extraction/seeds/000_3a11150c10aa050c.txt");

	/**
	 * States no date of its own; its "on Wednesday" and "Last September" need one
	 * (2026-02-18).
	 */
	static final String SEED_001 = read("/extraction/seeds/001_e1158af618fabb23.txt");

	private SeedText() {
	}

	private static String read(String resource) {
		try (InputStream in = SeedText.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
