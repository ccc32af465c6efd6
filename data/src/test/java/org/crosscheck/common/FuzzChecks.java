package org.crosscheck.common;

import java.nio.charset.StandardCharsets;

/**
 * What every fuzz test asserts of a reader of outside input: it returns, or it refuses
 * the input with a {@link CrosscheckException} whose message is one line. Anything else
 * that escapes (a NullPointerException, an IndexOutOfBoundsException, a
 * StackOverflowError...) is a finding, and Jazzer saves the input that caused it.
 */
public final class FuzzChecks {

	private FuzzChecks() {
	}

	public static void onlyClearRefusals(Runnable reader) {
		try {
			reader.run();
		}
		catch (CrosscheckException ex) {
			String message = ex.getMessage();
			if (message == null || message.isBlank() || message.contains("\n") || message.contains("\r")) {
				throw new AssertionError("a refusal must be one line, not: " + message, ex);
			}
		}
	}

	/**
	 * Fuzz bytes as the text a reader gets: decoded as UTF-8, as files and the console
	 * give it.
	 */
	public static String text(byte[] data) {
		return new String(data, StandardCharsets.UTF_8);
	}

}
