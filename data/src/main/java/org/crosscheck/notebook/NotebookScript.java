package org.crosscheck.notebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The commands of a notebook to replay, read from an exported Markdown notebook (each
 * {@code crosscheck} fenced block, with the plain block after it as its recorded output)
 * or from a plain script (one command a line, {@code #} comments).
 */
public final class NotebookScript {

	private NotebookScript() {
	}

	/**
	 * Marks a prose cell in an exported Markdown notebook, so that a replay restores it
	 * as a note.
	 */
	public static final String NOTE_START = "<!-- crosscheck:note -->";

	public static final String NOTE_END = "<!-- /crosscheck:note -->";

	/**
	 * One command to replay, or a prose note to restore.
	 *
	 * @param line where it stands in the file (1-based)
	 * @param input the command, or the note's Markdown
	 * @param recordedOutput the output it had when exported, or null when the file has
	 * none
	 * @param note whether this is a prose note rather than a command
	 */
	public record Step(int line, String input, String recordedOutput, boolean note) {

		public Step(int line, String input, String recordedOutput) {
			this(line, input, recordedOutput, false);
		}

	}

	public static List<Step> parse(String text) {
		String normalized = text.replace("\r\n", "\n");
		return isNotebook(normalized) ? parseMarkdown(normalized) : parseScript(normalized);
	}

	/**
	 * Whether {@code text} is an exported Markdown notebook (with {@code crosscheck}
	 * blocks) rather than a script.
	 */
	public static boolean isNotebook(String text) {
		return text.contains("```crosscheck");
	}

	private static boolean quotesBalanced(CharSequence command) {
		char quote = 0;
		for (int i = 0; i < command.length(); i++) {
			char c = command.charAt(i);
			if (quote == 0 && c == '\\') {
				i++;
			}
			else if (quote == '"' && c == '\\') {
				i++;
			}
			else if (quote == 0 && (c == '"' || c == '\'')) {
				quote = c;
			}
			else if (c == quote) {
				quote = 0;
			}
		}
		return quote == 0;
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
			if (lines[i].strip().equals(NOTE_START)) {
				int start = i + 1;
				StringBuilder note = new StringBuilder();
				i++;
				while (i < lines.length && !lines[i].strip().equals(NOTE_END)) {
					note.append(lines[i]).append('\n');
					i++;
				}
				steps.add(new Step(start, note.toString().strip(), null, true));
				i++;
			}
			else if (lines[i].strip().equals("```crosscheck")) {
				int start = i + 1;
				List<String> commands = new ArrayList<>();
				StringBuilder pending = null;
				i++;
				while (i < lines.length && !lines[i].strip().equals("```")) {
					// A quoted argument may span lines: a command ends where its quotes
					// are balanced.
					if (pending != null) {
						pending.append('\n').append(lines[i]);
					}
					else if (!lines[i].isBlank()) {
						pending = new StringBuilder(lines[i].strip());
					}
					if (pending != null && quotesBalanced(pending)) {
						commands.add(pending.toString());
						pending = null;
					}
					i++;
				}
				if (pending != null) {
					commands.add(pending.toString());
				}
				i++;
				// The recorded output is the next fenced block if only blank lines stand
				// between.
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
