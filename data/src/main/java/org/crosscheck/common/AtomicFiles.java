package org.crosscheck.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files so that a reader sees either the old file or the whole new one, never half. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path file, String content) {
		write(file, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path file, byte[] content) {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot write " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// Only a leftover temporary file; the write itself has succeeded or failed.
				}
			}
		}
	}

}
