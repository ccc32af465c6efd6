package org.crosscheck.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a notebook to replay, read from an exported Markdown notebook (each
 * {@code crosscheck} fenced block, with the plain block after it as its recorded output) or
 * from a plain script (one command a line, {@code #} comments).
 */
public final class NotebookScript {

	private NotebookScript() {
	}

	/**
	 * One command to replay.
	 * @param line where it stands in the file (1-based)
	 * @param input the command
	 * @param recordedOutput the output it had when exported, or null when the file has none
	 */
	public record Step(int line, String input, String recordedOutput) {
	}

	public static List<Step> parse(String text) {
		String normalized = text.replace("\r\n", "\n");
		return normalized.contains("```crosscheck") ? parseMarkdown(normalized) : parseScript(normalized);
	}

	private static List<Step> parseScript(String text) {
		List<Step> steps = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				steps.add(new Step(i + 1, line, null));
			}
		}
		return steps;
	}

	private static List<Step> parseMarkdown(String text) {
		List<Step> steps = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		int i = 0;
		while (i < lines.length) {
			if (lines[i].strip().equals("```crosscheck")) {
				int start = i + 1;
				List<String> commands = new ArrayList<>();
				i++;
				while (i < lines.length && !lines[i].strip().equals("```")) {
					if (!lines[i].isBlank()) {
						commands.add(lines[i].strip());
					}
					i++;
				}
				i++;
				// The recorded output is the next fenced block if only blank lines stand between.
				int j = i;
				while (j < lines.length && lines[j].isBlank()) {
					j++;
				}
				String output = null;
				if (j < lines.length && lines[j].startsWith("```") && !lines[j].strip().equals("```crosscheck")) {
					String fence = lines[j].replaceAll("[^`].*$", "");
					StringBuilder recorded = new StringBuilder();
					j++;
					while (j < lines.length && !lines[j].equals(fence)) {
						recorded.append(lines[j]).append('\n');
						j++;
					}
					output = recorded.toString().stripTrailing();
					i = j + 1;
				}
				for (int c = 0; c < commands.size(); c++) {
					steps.add(new Step(start + c, commands.get(c), c == commands.size() - 1 ? output : null));
				}
			}
			else {
				i++;
			}
		}
		return steps;
	}

}
