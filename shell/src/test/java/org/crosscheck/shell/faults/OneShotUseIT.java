package org.crosscheck.shell.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged console as a script or a new user runs it, one command a process on new
 * homes: its output comes in the order it happened (the command's output alone on
 * standard output; notices before it on standard error; progress only on a terminal or
 * when asked for), and a notebook exported on one home replays on another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneShotUseIT {

	private static final String DEMO_NOTICE = "Created the demo dataset from the two seed articles";

	private static final int FILES = 15;

	@TempDir
	static Path work;

	private JarConsole console;

	private Path articles;

	@BeforeAll
	void prepare() throws IOException {
		String missing = JarConsole.missing();
		assumeTrue(missing == null, () -> "OneShotUseIT skipped: " + missing);
		this.console = JarConsole.get();
		this.articles = Files.createDirectories(work.resolve("articles"));
		Articles.write(this.articles, FILES, 20261203L);
	}

	@Test
	void theNoticeOfTheDemoComesBeforeTheOutputAndStaysOffStandardOutput() {
		JarConsole.Result separate = this.console.run(work.resolve("home-1"), "source", "show", "1", "--raw").ok();
		JarConsole.Result merged = this.console.runMerged(work.resolve("home-2"), "source", "show", "1", "--raw").ok();

		assertThat(separate.stdout()).doesNotContain(DEMO_NOTICE)
			.startsWith("source    1\n")
			.contains("\nLast Updated:\nMicrosoft denies ICE uses its technology");
		assertThat(separate.stderr().lines()).singleElement(InstanceOfAssertFactories.STRING).startsWith(DEMO_NOTICE);
		List<String> lines = merged.stdout().lines().toList();
		assertThat(lines.get(0)).startsWith(DEMO_NOTICE);
		assertThat(String.join("\n", lines.subList(1, lines.size()))).isEqualTo(separate.stdout().strip());
	}

	@Test
	void anOutputFormatMayStandBeforeTheCommand() {
		Path home = work.resolve("home-format");
		String after = this.console.run(home, "source", "list", "--format", "json").ok().stdout();
		assertThat(after).startsWith("[").contains("\"contentHash\"");
		assertThat(this.console.run(home, "--format", "json", "source", "list").ok().stdout()).isEqualTo(after);
		assertThat(this.console.run(home, "--format=json", "source", "list").ok().stdout()).isEqualTo(after);
	}

	@Test
	void anImportOffATerminalPrintsItsLinesThenItsSummaryAndNoProgress() {
		JarConsole.Result separate = this.console
			.run(work.resolve("home-3"), "source", "import", this.articles.toString())
			.ok();
		List<String> merged = this.console
			.runMerged(work.resolve("home-4"), "source", "import", this.articles.toString())
			.ok()
			.stdout()
			.lines()
			.toList();

		assertThat(separate.stderr()).doesNotContain("files:");
		assertThat(separate.stdout().lines().filter(l -> l.startsWith("imported ")).count()).isEqualTo(FILES);
		assertThat(merged.get(0)).startsWith(DEMO_NOTICE);
		assertThat(merged).hasSize(1 + FILES + 1);
		assertThat(merged.subList(1, 1 + FILES)).allMatch(l -> l.startsWith("imported "), "one line a file");
		assertThat(merged.get(1 + FILES)).isEqualTo("Imported " + FILES + ", duplicates 0, failed 0.");
	}

	@Test
	void progressLinesWhenAskedForComeBeforeTheSummary() {
		List<String> merged = this.console.withProgressLines()
			.runMerged(work.resolve("home-5"), "source", "import", this.articles.toString())
			.ok()
			.stdout()
			.lines()
			.toList();

		assertThat(merged).contains("files: 1/" + FILES, "files: " + FILES + "/" + FILES);
		assertThat(merged.indexOf("files: " + FILES + "/" + FILES)).isLessThan(
				merged.indexOf(merged.stream().filter(l -> l.startsWith("imported ")).findFirst().orElseThrow()));
		assertThat(merged.get(merged.size() - 1)).isEqualTo("Imported " + FILES + ", duplicates 0, failed 0.");
	}

	@Test
	void aNotebookMadeInOneDatasetReplaysWithCheckIntoAnotherOnAFreshHome() throws IOException {
		Path mine = work.resolve("home-probe");
		for (String[] command : List.of(new String[] { "dataset", "new", "probe" },
				new String[] { "dataset", "use", "probe" },
				new String[] { "source", "import", this.articles.toString() }, new String[] { "source", "list" },
				new String[] { "suggest", "--all" },
				new String[] { "suggestion", "accept", "--all", "--kind", "contract" },
				new String[] { "contract", "list" })) {
			this.console.run(mine, command).ok();
		}
		Path notebook = work.resolve("probe.md");
		this.console.run(mine, "notebook", "export", notebook.toString()).ok();
		Path theirs = work.resolve("home-replay");
		this.console.run(theirs, "dataset", "new", "replay").ok();
		this.console.run(theirs, "dataset", "use", "replay").ok();

		JarConsole.Result replay = this.console.run(theirs, "notebook", "run", notebook.toString(), "--check");

		assertThat(replay.exitCode()).as(replay.stdout() + replay.stderr()).isZero();
		assertThat(replay.stdout()).contains("Check: every output matches the recorded one.");
		assertThat(this.console.run(theirs, "contract", "list", "--format", "csv").ok().stdout())
			.isEqualTo(this.console.run(mine, "contract", "list", "--format", "csv").ok().stdout());
	}

}
