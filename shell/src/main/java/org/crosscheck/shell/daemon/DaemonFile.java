package org.crosscheck.shell.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * Where a home's console daemon can be reached: the file {@code console-daemon} in the
 * home, readable by its owner only, with three lines that the launcher reads with bash
 * alone: the loopback port, the token every request must carry, the daemon's process id.
 */
record DaemonFile(int port, String token, long pid) {

	static final String NAME = "console-daemon";

	static Path in(Path home) {
		return home.resolve(NAME);
	}

	static Optional<DaemonFile> read(Path home) {
		try {
			List<String> lines = Files.readAllLines(in(home), StandardCharsets.UTF_8);
			return Optional.of(new DaemonFile(Integer.parseInt(lines.get(0).strip()), lines.get(1).strip(),
					Long.parseLong(lines.get(2).strip())));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Whether the process the file names is still there. */
	boolean alive() {
		return ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/**
	 * Writes the file at once and whole: a client never reads half of it, nor a file
	 * others may read.
	 */
	void write(Path home) throws IOException {
		Path temporary = home.resolve(NAME + "." + this.pid + ".tmp");
		Files.deleteIfExists(temporary);
		try {
			Files.createFile(temporary,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException | FileAlreadyExistsException ex) {
			Files.createFile(temporary);
		}
		Files.writeString(temporary, this.port + "\n" + this.token + "\n" + this.pid + "\n", StandardCharsets.UTF_8);
		Files.move(temporary, in(home), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Removes the file when it still names this daemon (a newer daemon may have taken its
	 * place).
	 */
	void deleteIfStillMine(Path home) {
		if (read(home).filter(this::equals).isPresent()) {
			try {
				Files.deleteIfExists(in(home));
			}
			catch (IOException ex) {
				// A file left behind names a process that is gone: clients see that and
				// start anew.
			}
		}
	}

}
