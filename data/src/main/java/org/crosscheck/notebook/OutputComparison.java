package org.crosscheck.notebook;

import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * Compares a replayed command's output with the recorded one, ignoring what legitimately
 * varies between runs: moments in UTC (import times), durations and home paths.
 */
public final class OutputComparison {

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

	private static final Pattern DURATION = Pattern.compile("\\b\\d+(\\.\\d+)? ?(ms|s)\\b");

	private static final Pattern UUID = Pattern
		.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

	private OutputComparison() {
	}

	/** The output with its varying parts replaced by placeholders. */
	public static String normalize(String output) {
		String text = output == null ? "" : output.replace("\r\n", "\n").stripTrailing();
		text = INSTANT.matcher(text).replaceAll("<time>");
		text = UUID.matcher(text).replaceAll("<uuid>");
		text = DURATION.matcher(text).replaceAll("<duration>");
		return text;
	}

	/** Null when the outputs agree, else a unified diff of recorded against replayed. */
	public static String difference(String recorded, String replayed) {
		String expected = normalize(recorded);
		String actual = normalize(replayed);
		if (expected.equals(actual)) {
			return null;
		}
		List<String> expectedLines = expected.lines().toList();
		Patch<String> patch = DiffUtils.diff(expectedLines, actual.lines().toList());
		return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("recorded", "replayed", expectedLines, patch, 1));
	}

}
