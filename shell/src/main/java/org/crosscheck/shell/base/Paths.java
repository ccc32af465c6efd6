package org.crosscheck.shell.base;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the file names users type: relative to the working directory, or, while a
 * notebook is replayed, relative to the notebook's folder when the file is there.
 */
public final class Paths {

	private static final ThreadLocal<Path> SCRIPT_FOLDER = new ThreadLocal<>();

	/**
	 * The working directory of the user's command when it is not this process's own (a
	 * console daemon's request).
	 */
	private static final ThreadLocal<Path> WORKING_DIRECTORY = new ThreadLocal<>();

	private Paths() {
	}

	public static Path resolve(String name) {
		Path path = Path.of(name.replaceFirst("^~(?=/|$)", System.getProperty("user.home")));
		Path elsewhere = WORKING_DIRECTORY.get();
		if (path.isAbsolute() || (elsewhere == null && Files.exists(path))) {
			return path;
		}
		Path folder = SCRIPT_FOLDER.get();
		if (folder != null && Files.exists(folder.resolve(path))
				&& (elsewhere == null || !Files.exists(elsewhere.resolve(path)))) {
			return folder.resolve(path);
		}
		if (elsewhere != null) {
			// Relative to another directory than this process's: the names the command
			// prints and stores would not be
			// the ones the user typed, so the command runs in a process of its own
			// instead.
			throw new ElsewhereException(name);
		}
		return path;
	}

	/**
	 * Runs {@code action} for a user whose working directory is {@code directory}: when
	 * that is not this process's own, a relative file name makes {@link #resolve} throw
	 * {@link ElsewhereException} before the command has done anything.
	 */
	public static <T> T withWorkingDirectory(Path directory, java.util.function.Supplier<T> action) {
		Path own = Path.of("").toAbsolutePath().normalize();
		Path previous = WORKING_DIRECTORY.get();
		WORKING_DIRECTORY.set(directory == null || directory.toAbsolutePath().normalize().equals(own) ? null
				: directory.toAbsolutePath().normalize());
		try {
			return action.get();
		}
		finally {
			WORKING_DIRECTORY.set(previous);
		}
	}

	/**
	 * A relative file name given in another working directory than this process's (see
	 * {@link #withWorkingDirectory}).
	 */
	public static final class ElsewhereException extends RuntimeException {

		public ElsewhereException(String name) {
			super("relative file name " + name + " given in another working directory", null, false, false);
		}

	}

	/**
	 * Runs {@code action} with relative names resolved against {@code folder} as a
	 * fallback.
	 */
	public static <T> T withScriptFolder(Path folder, java.util.function.Supplier<T> action) {
		Path previous = SCRIPT_FOLDER.get();
		SCRIPT_FOLDER.set(folder);
		try {
			return action.get();
		}
		finally {
			SCRIPT_FOLDER.set(previous);
		}
	}

}
