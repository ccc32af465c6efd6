package org.crosscheck.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the word lists in {@code /words/*.txt}, the one home of every list of words the
 * features match: one entry a line, lower-cased, {@code #} starting a comment, and a
 * first line that says what belongs in the list.
 */
public final class WordLists {

	private WordLists() {
	}

	/** The entries of {@code /words/NAME.txt}, lower-cased, in the file's order. */
	public static List<String> lines(String name) {
		String resource = "/words/" + name + ".txt";
		List<String> lines = new ArrayList<>();
		try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("word list " + resource + " is not on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String first = reader.readLine();
			if (first == null || !first.startsWith("#")) {
				throw new IllegalStateException(
						"word list " + resource + " does not start with a comment saying what belongs in it");
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String trimmed = line.strip();
				if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
					lines.add(trimmed.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

	/** The entries of {@code /words/NAME.txt} as a set. */
	public static Set<String> set(String name) {
		return Set.copyOf(lines(name));
	}

	/**
	 * The entries as a regular-expression alternation (without a group), longest first so
	 * that no entry hides a longer one it begins.
	 */
	public static String alternation(String name) {
		return lines(name).stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

}
