package org.crosscheck.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crosscheck.extraction.internal.Suggesters;

/**
 * Measures how many words per second {@link Suggesters#suggest} handles on one core, on
 * about 2 MB of news text made from the seed articles and varied sentences; run its main
 * method.
 */
public final class SuggestThroughputBenchmark {

	private static final int TARGET_CHARS = 2_000_000;

	private SuggestThroughputBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		String text = buildText(seeds(args.length > 0 ? Path.of(args[0]) : Path.of("/work/shared/seeds")));
		int words = countWords(text);
		LocalDate published = LocalDate.of(2026, 2, 18);
		// Warm-up rounds let the JIT compile the hot paths before the measured ones.
		for (int round = 0; round < 3; round++) {
			Suggesters.suggest(text, published);
		}
		int rounds = 5;
		long best = Long.MAX_VALUE;
		int suggestions = 0;
		for (int round = 0; round < rounds; round++) {
			long started = System.nanoTime();
			suggestions = Suggesters.suggest(text, published).size();
			best = Math.min(best, System.nanoTime() - started);
		}
		double seconds = best / 1e9;
		System.out.printf("%,d chars, %,d words, %,d suggestions%n", text.length(), words, suggestions);
		System.out.printf("best of %d rounds: %.3f s, %,.0f words/s%n", rounds, seconds, words / seconds);
	}

	private static List<String> seeds(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of(SAMPLE);
		}
		try (var files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().map(file -> {
				try {
					return Files.readString(file, StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
	}

	// Varies the numbers and months between copies so that the text is not one block
	// repeated.
	private static String buildText(List<String> seeds) {
		String[] months = { "January", "March", "April", "June", "September", "November" };
		StringBuilder text = new StringBuilder(TARGET_CHARS + 10_000);
		int copy = 0;
		while (text.length() < TARGET_CHARS) {
			for (String seed : seeds) {
				text.append(seed).append("\n\n");
			}
			text.append("In ")
				.append(months[copy % months.length])
				.append(' ')
				.append(2000 + copy % 30)
				.append(", Acme Holdings Inc received a $")
				.append(copy % 900 + 1)
				.append(".5 million contract from the Department of Energy (DOE)")
				.append(" to supply turbines, worth up to €")
				.append(copy % 50 + 2)
				.append("bn, Mr Jane Doe said on Tuesday.\n\n")
				.append("\"We expect more orders next year,\" said Jane Doe, adding that 2,032 people work there.\n\n");
			copy++;
		}
		return text.toString();
	}

	private static int countWords(String text) {
		int count = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean wordChar = !Character.isWhitespace(text.charAt(i));
			if (wordChar && !inWord) {
				count++;
			}
			inWord = wordChar;
		}
		return count;
	}

	private static final String SAMPLE = "Microsoft said on Wednesday it did not think the U.S. Immigration and Customs Enforcement "
			+ "agency was using its technology for mass surveillance. AT&T secured a $90.7 million contract in 2021.";

}
