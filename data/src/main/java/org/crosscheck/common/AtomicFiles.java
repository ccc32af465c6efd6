package org.crosscheck.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a reader sees either the old file or the whole new one, never
 * half.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path file, String content) {
		write(file, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path file, byte[] content) {
		write(file, out -> out.write(content));
	}

	/**
	 * What writes a file's content, streamed so that a large file is never held in memory
	 * whole.
	 */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Streams {@code content} into a temporary file beside {@code file}, then moves it
	 * into place.
	 */
	public static void write(Path file, Content content) {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		Path temporary = null;
		try {
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
				content.writeTo(out);
			}
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
					// Only a leftover temporary file; the write itself has succeeded or
					// failed.
				}
			}
		}
	}

}
