package org.crosscheck.shell.base;

import java.lang.reflect.InvocationTargetException;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;

import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The console's one table from failures to a one-line message and an exit status: 0 ok, 1
 * unknown command, 2 bad input or usage, 3 not found, 4 conflict, 5 file error, 6
 * database unavailable, 70 internal error (with the details in the home's log). What the
 * domain says a user can do is phrased here as the command to type.
 */
public final class Errors {

	public static final int UNKNOWN_COMMAND = 1;

	public static final int USAGE = 2;

	public static final int NOT_FOUND = 3;

	public static final int CONFLICT = 4;

	public static final int FILE = 5;

	public static final int DATABASE = 6;

	public static final int INTERNAL = 70;

	private Errors() {
	}

	/** A failure as the user sees it. */
	public record Failure(String message, int exitCode) {
	}

	public static Failure translate(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof CrosscheckException crosscheck) {
			return new Failure(phrase(crosscheck.getMessage(), crosscheck.remedy()), exitCode(crosscheck.kind()));
		}
		if (cause instanceof CommandParser.UnknownCommandException unknown) {
			return new Failure(unknown.getMessage(), UNKNOWN_COMMAND);
		}
		if (cause instanceof UsageException usage) {
			return new Failure(usage.getMessage(), USAGE);
		}
		if (cause instanceof ConversionException conversion) {
			String value = conversion.getMessage() == null ? "" : conversion.getMessage();
			return new Failure("a value has the wrong form (" + firstLine(value)
					+ "); `help COMMAND` shows what each option takes", USAGE);
		}
		if (cause instanceof OutOfMemoryError) {
			return new Failure("out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
					+ " MB of heap); nothing of this command was saved half-done. Start the console with more, e.g."
					+ " CROSSCHECK_HEAP=2g ./crosscheck", INTERNAL);
		}
		if (cause instanceof OptimisticLockingFailureException) {
			return new Failure("changed by someone else meanwhile; reload it and try again", CONFLICT);
		}
		// A connection that cannot be had (CannotGetJdbcConnectionException) is one of
		// these.
		if (cause instanceof DataAccessResourceFailureException) {
			return new Failure("the database cannot be reached (" + firstLine(String.valueOf(cause.getMessage()))
					+ "); check --home or --db", DATABASE);
		}
		if (cause instanceof IllegalArgumentException illegal && illegal.getMessage() != null
				&& illegal.getMessage().startsWith("Required option")) {
			return new Failure(illegal.getMessage()
				.replace("Required option", "required option")
				.replace(" is missing.", " is missing") + "; `help COMMAND` shows the options", USAGE);
		}
		return new Failure("internal error: " + cause.getClass().getSimpleName()
				+ (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()))
				+ " (details in the home's crosscheck.log)", INTERNAL);
	}

	/** The exit status of a failure of the domain. */
	static int exitCode(CrosscheckException.Kind kind) {
		return switch (kind) {
			case INVALID_INPUT -> USAGE;
			case NOT_FOUND -> NOT_FOUND;
			case CONFLICT -> CONFLICT;
			case IO -> FILE;
		};
	}

	/**
	 * A message of the domain with its remedy's plain words (if any) replaced by the
	 * console's command for it.
	 */
	public static String phrase(String message, Remedy remedy) {
		return remedy == null ? message : message.replace(remedy.words(), hint(remedy));
	}

	/** What to type for a remedy. */
	public static String hint(Remedy remedy) {
		String subject = remedy.subject();
		Integer id = remedy.id();
		return switch (remedy.action()) {
			case LIST_IDS -> switch (subject) {
				case "cell" -> "`notebook cells` lists them";
				case "discrepancy" -> "`discrepancy list --status all` shows the ids";
				default -> "`" + subject + " list` shows the ids";
			};
			case SHOW_SOURCE -> "`source show " + id + "` shows its text";
			case RELOAD_AND_EDIT -> "reload it (`" + subject + " show " + id + "`) and edit again";
			case RELOAD_AND_DECIDE -> "reload it (`" + subject + " show " + id + "`) and decide again";
			case OPEN_DATASET -> "`dataset use " + subject + "` opens it";
			case CREATE_DATASET -> "`dataset list` shows the datasets and `dataset new " + subject + "` creates it";
			case MERGE_OR_RENAME -> "add --into " + subject
					+ " to merge the bundle into it, or --as NEW-NAME to import it as another dataset";
			case EXPORT_BUNDLE -> "`export bundle FILE` makes one";
			case RAISE_LIMIT -> switch (subject) {
				case "entries" -> "if you trust the file, raise it with --max-entries N";
				case "bundle size" -> "if you trust the bundle, raise it with --max-size MB";
				default -> "raise it with --max-size";
			};
			case CHOOSE_OCCURRENCE -> "add --occurrence N";
			case QUOTE_WORDS ->
				"quote the words to annotate: annotation add " + id + " \"the exact words\" --kind claim";
			case SET_URL -> "give a source that address with `source set ID --url URL`";
			case SET_PUBLISHED -> id == null ? "set one with `source set ID --published YYYY-MM-DD`"
					: "source set " + id + " --published YYYY-MM-DD, then suggest " + id;
		};
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; depth < 10 && current != null; depth++) {
			if (current instanceof CrosscheckException || current instanceof UsageException
					|| current instanceof ConversionException) {
				return current;
			}
			Throwable next = current instanceof InvocationTargetException invocation ? invocation.getTargetException()
					: current.getCause();
			if (next == null || next == current) {
				return current;
			}
			current = next;
		}
		return failure;
	}

	private static String firstLine(String text) {
		return text.lines().findFirst().orElse("");
	}

	/** A command line that does not fit the command's options or arguments. */
	public static class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message);
		}

	}

}
