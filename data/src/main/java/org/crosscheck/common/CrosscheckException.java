package org.crosscheck.common;

/**
 * An error of the user's input or of the state of the data, with a one-line message that
 * says what was wrong and what to do. Front ends show the message, never a stack trace.
 */
public class CrosscheckException extends RuntimeException {

	/**
	 * Longer messages keep their start and their end (which says what to do), and lose
	 * the middle.
	 */
	static final int MAX_MESSAGE = 1500;

	private final Kind kind;

	private final Remedy remedy;

	public CrosscheckException(Kind kind, String message) {
		this(kind, message, (Remedy) null);
	}

	/**
	 * A failure whose message says, in {@code remedy}'s plain words, what the user can do
	 * about it.
	 */
	public CrosscheckException(Kind kind, String message, Remedy remedy) {
		super(oneLine(message));
		this.kind = kind;
		this.remedy = remedy;
	}

	public CrosscheckException(Kind kind, String message, Throwable cause) {
		super(oneLine(message), cause);
		this.kind = kind;
		this.remedy = null;
	}

	/**
	 * Messages quote outside input (a source id, a file's words) that may hold line
	 * breaks or run long; the message stays one readable line whatever they hold.
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

	/**
	 * What the user can do, whose plain words the message holds, for front ends that
	 * phrase it their way; or null.
	 */
	public Remedy remedy() {
		return this.remedy;
	}

	/** The few kinds of failure the front ends translate. */
	public enum Kind {

		/** The input was malformed or out of range. */
		INVALID_INPUT,
		/** A dataset, source, annotation, cell... that does not exist. */
		NOT_FOUND,
		/**
		 * The request conflicts with the data: a duplicate, an ambiguous quote, a
		 * concurrent change.
		 */
		CONFLICT,
		/** A file could not be read or written. */
		IO

	}

	public static CrosscheckException invalid(String message) {
		return new CrosscheckException(Kind.INVALID_INPUT, message);
	}

	/** Malformed input, and what to do: "{@code problem}; {@code remedy}". */
	public static CrosscheckException invalid(String problem, Remedy remedy) {
		return new CrosscheckException(Kind.INVALID_INPUT, problem + "; " + remedy.words(), remedy);
	}

	public static CrosscheckException notFound(String message) {
		return new CrosscheckException(Kind.NOT_FOUND, message);
	}

	/**
	 * Something that does not exist, and what to do: "{@code problem}; {@code remedy}".
	 */
	public static CrosscheckException notFound(String problem, Remedy remedy) {
		return new CrosscheckException(Kind.NOT_FOUND, problem + "; " + remedy.words(), remedy);
	}

	public static CrosscheckException conflict(String message) {
		return new CrosscheckException(Kind.CONFLICT, message);
	}

	/** A conflict with the data, and what to do: "{@code problem}; {@code remedy}". */
	public static CrosscheckException conflict(String problem, Remedy remedy) {
		return new CrosscheckException(Kind.CONFLICT, problem + "; " + remedy.words(), remedy);
	}

	public static CrosscheckException io(String message, Throwable cause) {
		return new CrosscheckException(Kind.IO, message, cause);
	}

}
