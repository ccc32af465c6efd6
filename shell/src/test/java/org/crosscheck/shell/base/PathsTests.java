package org.crosscheck.shell.base;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * File names as a console daemon resolves them for a client in some working directory.
 */
class PathsTests {

	@Test
	void aRelativeNameInThisProcesssDirectoryIsTheSameAsWithoutADaemon() {
		Path own = Path.of("").toAbsolutePath();
		assertThat(Paths.withWorkingDirectory(own, () -> Paths.resolve("out.csv"))).isEqualTo(Path.of("out.csv"));
	}

	@Test
	void aRelativeNameInAnotherDirectoryMakesTheCommandRunOnItsOwnBeforeAnythingIsDone(@TempDir Path elsewhere) {
		assertThatThrownBy(() -> Paths.withWorkingDirectory(elsewhere, () -> Paths.resolve("out.csv")))
			.isInstanceOf(Paths.ElsewhereException.class);
		Path absolute = elsewhere.resolve("out.csv");
		assertThat(Paths.withWorkingDirectory(elsewhere, () -> Paths.resolve(absolute.toString()))).isEqualTo(absolute);
	}

	@Test
	void aNotebooksOwnFilesStillResolveAgainstItsFolder(@TempDir Path folder, @TempDir Path elsewhere)
			throws Exception {
		Files.writeString(folder.resolve("article.txt"), "text");
		Path found = Paths.withWorkingDirectory(elsewhere,
				() -> Paths.withScriptFolder(folder, () -> Paths.resolve("article.txt")));
		assertThat(found).isEqualTo(folder.resolve("article.txt"));
	}

}
