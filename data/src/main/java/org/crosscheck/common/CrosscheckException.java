package org.crosscheck.common;

/**
 * An error of the user's input or of the state of the data, with a one-line message that
 * says what was wrong and what to do. Front ends show the message, never a stack trace.
 */
public class CrosscheckException extends RuntimeException {

	/** Longer messages keep their start and their end (which says what to do), and lose the middle. */
	static final int MAX_MESSAGE = 1500;

	private final Kind kind;

	public CrosscheckException(Kind kind, String message) {
		super(oneLine(message));
		this.kind = kind;
	}

	public CrosscheckException(Kind kind, String message, Throwable cause) {
		super(oneLine(message), cause);
		this.kind = kind;
	}

	/**
	 * Messages quote outside input (a source id, a file's words) that may hold line breaks or
	 * run long; the message stays one readable line whatever they hold.
	 */
	static String oneLine(String message) {
		if (message == null) {
			return null;
		}
		String line = message.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
		if (line.length() <= MAX_MESSAGE) {
			return line;
		}
		int tail = MAX_MESSAGE / 3;
		return line.substring(0, MAX_MESSAGE - tail - 3) + " … " + line.substring(line.length() - tail);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The few kinds of failure the front ends translate, each with its own exit code. */
	public enum Kind {

		/** The input was malformed or out of range (exit 2). */
		INVALID_INPUT(2),
		/** A dataset, source, annotation, cell... that does not exist (exit 3). */
		NOT_FOUND(3),
		/** The request conflicts with the data: a duplicate, an ambiguous quote, a concurrent change (exit 4). */
		CONFLICT(4),
		/** A file could not be read or written (exit 5). */
		IO(5);

		private final int exitCode;

		Kind(int exitCode) {
			this.exitCode = exitCode;
		}

		public int exitCode() {
			return this.exitCode;
		}

	}

	public static CrosscheckException invalid(String message) {
		return new CrosscheckException(Kind.INVALID_INPUT, message);
	}

	public static CrosscheckException notFound(String message) {
		return new CrosscheckException(Kind.NOT_FOUND, message);
	}

	public static CrosscheckException conflict(String message) {
		return new CrosscheckException(Kind.CONFLICT, message);
	}

	public static CrosscheckException io(String message, Throwable cause) {
		return new CrosscheckException(Kind.IO, message, cause);
	}

}
