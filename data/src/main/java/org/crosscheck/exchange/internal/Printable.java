package org.crosscheck.exchange.internal;

/**
 * Text from a foreign file as a one-line message may quote it: control characters and
 * line breaks escaped, so that the message stays one line, and a long text cut short.
 */
public final class Printable {

	/** Characters quoted at most. */
	static final int MAX_QUOTED = 80;

	private Printable() {
	}

	public static String of(String text) {
		StringBuilder printable = new StringBuilder();
		text.codePoints().limit(MAX_QUOTED).forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
					|| Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
				printable.append(String.format("\\u%04X", c));
			}
			else {
				printable.appendCodePoint(c);
			}
		});
		return text.codePointCount(0, text.length()) > MAX_QUOTED ? printable + "..." : printable.toString();
	}

}
