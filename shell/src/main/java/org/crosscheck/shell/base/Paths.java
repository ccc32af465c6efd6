package org.crosscheck.shell.base;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the file names users type: relative to the working directory, or, while a
 * notebook is replayed, relative to the notebook's folder when the file is there.
 */
public final class Paths {

	private static final ThreadLocal<Path> SCRIPT_FOLDER = new ThreadLocal<>();

	private Paths() {
	}

	public static Path resolve(String name) {
		Path path = Path.of(name.replaceFirst("^~(?=/|$)", System.getProperty("user.home")));
		if (path.isAbsolute() || Files.exists(path)) {
			return path;
		}
		Path folder = SCRIPT_FOLDER.get();
		if (folder != null && Files.exists(folder.resolve(path))) {
			return folder.resolve(path);
		}
		return path;
	}

	/** Runs {@code action} with relative names resolved against {@code folder} as a fallback. */
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
