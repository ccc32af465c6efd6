package org.crosscheck.shell.faults;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged interactive console as the launcher starts it (Spring AOT's bean
 * definitions, the JDK's AOT cache): on a new home and again on the same home, it shows
 * the prompt, finds its commands (made when they first run), answers them and records
 * them as cells.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractiveStartIT {

	@TempDir
	static Path work;

	private JarConsole console;

	@BeforeAll
	void prepare() {
		String missing = JarConsole.missing();
		assumeTrue(missing == null, () -> "InteractiveStartIT skipped: " + missing);
		this.console = JarConsole.get();
	}

	@Test
	void theConsoleStartsOnANewHomeAndAgainOnTheSameHomeAndRunsItsCommands() {
		Path home = work.resolve("home");
		JarConsole.Result first = this.console.interactive(home, "source list\nhelp source show\nbogus\nexit\n").ok();
		assertThat(first.stdout()).contains("Created the demo dataset from the two seed articles")
			.contains("demo [14]>")
			.contains("Microsoft denies ICE uses its technology")
			.contains("source show ID [--raw]")
			.contains("error: unknown command `bogus`")
			.contains("demo [16]>");

		JarConsole.Result again = this.console.interactive(home, "dataset list\nnotebook cells\nexit\n").ok();
		assertThat(again.stdout()).doesNotContain("Created the demo dataset")
			.contains("demo [16]>")
			.contains("source list")
			.contains("demo  2");
	}

}
