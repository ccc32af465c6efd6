package org.crosscheck.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Loads the sectioned word lists in {@code /extraction/*.txt} that steer the suggesters. */
public final class CueLists {

	private final Map<String, Set<String>> sections;

	private CueLists(Map<String, Set<String>> sections) {
		this.sections = sections;
	}

	/** Reads a class-path resource of {@code [section]} headers and one lower-cased entry per line. */
	public static CueLists load(String resource) {
		Map<String, java.util.LinkedHashSet<String>> read = new HashMap<>();
		try (InputStream in = CueLists.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("cue list " + resource + " is not on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String section = "";
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
					section = trimmed.substring(1, trimmed.length() - 1);
					continue;
				}
				read.computeIfAbsent(section, key -> new java.util.LinkedHashSet<>()).add(trimmed.toLowerCase(Locale.ROOT));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Set<String>> frozen = new HashMap<>();
		read.forEach((name, entries) -> frozen.put(name, Set.copyOf(entries)));
		return new CueLists(Map.copyOf(frozen));
	}

	/** The entries of one section, lower-cased; empty when the section is missing. */
	public Set<String> section(String name) {
		return sections.getOrDefault(name, Set.of());
	}

}
