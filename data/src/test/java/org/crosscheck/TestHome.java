package org.crosscheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Gives each test class its own home directory, so its H2 database starts empty. */
public final class TestHome {

	private TestHome() {
	}

	public static Path register(DynamicPropertyRegistry registry) {
		try {
			Path home = Files.createTempDirectory("crosscheck-test-");
			registry.add("crosscheck.home", home::toString);
			return home;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
