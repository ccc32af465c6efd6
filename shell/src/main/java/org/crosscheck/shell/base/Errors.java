package org.crosscheck.shell.base;

import java.lang.reflect.InvocationTargetException;

import org.crosscheck.common.CrosscheckException;

import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * The console's one table from failures to a one-line message and an exit status:
 * 0 ok, 1 unknown command, 2 bad input or usage, 3 not found, 4 conflict, 5 file error,
 * 6 database unavailable, 70 internal error (with the details in the home's log).
 */
public final class Errors {

	public static final int UNKNOWN_COMMAND = 1;

	public static final int USAGE = 2;

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
			return new Failure(crosscheck.getMessage(), crosscheck.kind().exitCode());
		}
		if (cause instanceof CommandInvoker.UnknownCommandException unknown) {
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
			return new Failure("changed by someone else meanwhile; reload it and try again", 4);
		}
		if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException) {
			return new Failure("the database cannot be reached (" + firstLine(String.valueOf(cause.getMessage()))
					+ "); check --home or --db", DATABASE);
		}
		if (cause instanceof IllegalArgumentException illegal && illegal.getMessage() != null
				&& illegal.getMessage().startsWith("Required option")) {
			return new Failure(illegal.getMessage().replace("Required option", "required option").replace(" is missing.", " is missing")
					+ "; `help COMMAND` shows the options", USAGE);
		}
		return new Failure("internal error: " + cause.getClass().getSimpleName()
				+ (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage()))
				+ " (details in the home's crosscheck.log)", INTERNAL);
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
