package org.crosscheck.shell.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crosscheck.common.CrosscheckException;

/**
 * Splits a command line into words the way a POSIX shell does (double and single quotes,
 * backslash escapes), and joins words back into a line that splits the same way.
 */
public final class CommandLine {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,~-]+");

	private CommandLine() {
	}

	public static List<String> split(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quote == '\'') {
				if (c == '\'') {
					quote = 0;
				}
				else {
					word.append(c);
				}
			}
			else if (quote == '"') {
				if (c == '"') {
					quote = 0;
				}
				else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
					word.append(line.charAt(++i));
				}
				else {
					word.append(c);
				}
			}
			else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			}
			else {
				inWord = true;
				if (c == '"' || c == '\'') {
					quote = c;
				}
				else if (c == '\\' && i + 1 < line.length()) {
					word.append(line.charAt(++i));
				}
				else {
					word.append(c);
				}
			}
		}
		if (quote != 0) {
			throw CrosscheckException.invalid("unclosed " + (quote == '"' ? "double" : "single")
					+ " quote in the command; close it or escape it with a backslash");
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	/**
	 * A one-shot command's words with an output format written in front of the command
	 * ({@code crosscheck --format json source list}) moved behind it, where the command
	 * reads it.
	 */
	public static List<String> commandFirst(List<String> words) {
		List<String> leading = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			String word = words.get(i);
			if (word.startsWith("--format=")) {
				leading.add(word);
				i++;
			}
			else if (word.equals("--format") && i + 1 < words.size()) {
				leading.addAll(words.subList(i, i + 2));
				i += 2;
			}
			else {
				break;
			}
		}
		if (leading.isEmpty()) {
			return words;
		}
		List<String> moved = new ArrayList<>(words.subList(i, words.size()));
		moved.addAll(leading);
		return moved;
	}

	/** Joins words into a line that {@link #split} turns back into the same words. */
	public static String join(List<String> words) {
		StringBuilder line = new StringBuilder();
		for (String word : words) {
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append(quote(word));
		}
		return line.toString();
	}

	public static String quote(String word) {
		if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
			return word;
		}
		return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`") + '"';
	}

}
