package org.crosscheck.text;

/**
 * A text with typographic quotes, dashes and runs of white space made uniform, and where
 * each of its characters came from, so that words quoted by a person or another tool are
 * found in a source however either side wrote its quote marks and spaces.
 *
 * @param text the folded text
 * @param origins for each folded character, its offset in the original (one more at the
 * end)
 */
public record FoldedText(String text, int[] origins) {

	public static FoldedText of(String source) {
		StringBuilder folded = new StringBuilder(source.length());
		int[] origins = new int[source.length() + 1];
		int length = 0;
		boolean space = false;
		for (int i = 0; i < source.length(); i++) {
			char c = fold(source.charAt(i));
			if (Character.isWhitespace(c)) {
				if (space) {
					continue;
				}
				space = true;
				c = ' ';
			}
			else {
				space = false;
			}
			origins[length++] = i;
			folded.append(c);
		}
		origins[length] = source.length();
		return new FoldedText(folded.toString(), origins);
	}

	/** The original offset of the folded character at {@code index}. */
	public int originalStart(int index) {
		return this.origins[index];
	}

	/** The original offset just after the folded characters that end at {@code end}. */
	public int originalEnd(int end) {
		return end == 0 ? 0 : this.origins[end - 1] + 1;
	}

	public static char fold(char c) {
		return switch (c) {
			case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
			case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
			case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
			case '\u00A0', '\u2007', '\u202F', '\t', '\n', '\r' -> ' ';
			default -> c;
		};
	}

}
