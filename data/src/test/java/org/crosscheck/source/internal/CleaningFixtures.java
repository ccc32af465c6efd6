package org.crosscheck.source.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the test pages under {@code cleaning/} and reads them as the importer would. */
final class CleaningFixtures {

	private CleaningFixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = CleaningFixtures.class.getResourceAsStream("/cleaning/" + name)) {
			if (in == null) {
				throw new IllegalStateException("test resource cleaning/" + name + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ReadDocument read(String name) {
		return new DocumentReader().read(name, bytes(name));
	}

	static CleanedDocument clean(String name) {
		return read(name).cleaned();
	}

}
