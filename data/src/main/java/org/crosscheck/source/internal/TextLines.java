package org.crosscheck.source.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Low-level text hygiene shared by the cleaners: one line-ending convention, one Unicode
 * normal form, and lines with their whitespace collapsed.
 */
final class TextLines {

	private TextLines() {
	}

	/**
	 * The text with {@code \n} line endings (also for the Unicode line and paragraph
	 * separators), in NFC, without byte order marks or zero-width characters.
	 */
	static String normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\r' -> {
					out.append('\n');
					if (i + 1 < length && text.charAt(i + 1) == '\n') {
						i++;
					}
				}
				case '\u2028', '\u2029', '\u0085' -> out.append('\n');
				// Invisible characters would make quoted words unfindable when
				// annotating.
				case '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD' -> {
				}
				default -> out.append(c);
			}
		}
		String unified = out.toString();
		return Normalizer.isNormalized(unified, Normalizer.Form.NFC) ? unified
				: Normalizer.normalize(unified, Normalizer.Form.NFC);
	}

	/**
	 * The lines of a normalized text, each with its whitespace collapsed; blank lines
	 * become "".
	 */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		int length = text.length();
		while (start <= length) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = length;
			}
			lines.add(collapse(text, start, end));
			start = end + 1;
		}
		return lines;
	}

	/**
	 * The text with every run of whitespace (including no-break spaces) made one space,
	 * trimmed.
	 */
	static String collapse(String text) {
		return collapse(text, 0, text.length());
	}

	private static String collapse(CharSequence text, int start, int end) {
		StringBuilder out = null;
		boolean pendingSpace = false;
		int kept = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				pendingSpace = kept > 0;
				continue;
			}
			if (out == null) {
				out = new StringBuilder(end - i);
			}
			if (pendingSpace) {
				out.append(' ');
				pendingSpace = false;
			}
			out.append(c);
			kept++;
		}
		return out == null ? "" : out.toString();
	}

	static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u00A0' || c == '\f' || c == '\u000B'
				|| c >= 0x2000 && (c <= 0x200A || c == 0x202F || c == 0x205F || c == 0x3000) || c == 0x1680;
	}

}
