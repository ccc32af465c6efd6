package org.crosscheck.shell.source;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SourceCommandsTests extends ConsoleTestBase {

	@TempDir
	Path folder;

	@Test
	void demoDatasetListsBothSeedsWithTheFirstOnesPublicationMoment() {
		Console.Result result = this.console.run("source list --format json");

		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).contains("\"published\" : \"2026-02-21T17:20+05:30\"")
			.contains("Microsoft denies ICE uses its technology for mass surveillance");
		assertThat(result.output().split("\"id\"")).hasSize(3);
		// The second page states no headline: its lead sentence stands in.
		assertThat(result.output()).contains(
				"\"title\" : \"Microsoft said on Wednesday it did not think the U.S. Immigration and Customs Enforcement…\"");
	}

	@Test
	void seedTextsAreCleanOfTheirPagesBoilerplate() {
		String first = this.console.run("source show 1").output();
		String second = this.console.run("source show 2").output();

		assertThat(first).doesNotContain("Image used for representation", "Read More", "Last Updated:")
			.contains(
					"Palantir was awarded a $139.3 million contract in 2022 for investigative case management operations, maintenance support and custom enhancements.");
		assertThat(second).doesNotContain("Latest Stories", "Audio By Carbonatix", "COCOBOD", "minutes -")
			.contains(
					"The ties to Israel's military had led to protests within the company and some protesters were fired.");
	}

	@Test
	void sourceSetThenListShowsTheNewDateAsCsv() {
		Console.Result set = this.console.run("source set 2 --published 2026-02-18 --outlet \"Reuters via partner\"");
		Console.Result csv = this.console.run("source list --format csv");

		assertThat(set.exitCode()).isZero();
		assertThat(csv.output()).contains("2,2026-02-18,Reuters via partner,");
		this.console.run("source set 2 --published \"\" --outlet \"\"");
	}

	@Test
	void unknownSourceIsOneLineThatSaysWhatToDo() {
		Console.Result result = this.console.run("source show 7");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(result.error()).isEqualTo("error: no source 7 in dataset demo; `source list` shows the ids");
	}

	@Test
	void unknownOptionAndUnknownCommandFail() {
		Console.Result option = this.console.run("source list --colour red");
		Console.Result command = this.console.run("sources lst");

		assertThat(option.exitCode()).isEqualTo(2);
		assertThat(option.error()).contains("has no option --colour");
		assertThat(command.exitCode()).isEqualTo(1);
		assertThat(command.error()).contains("unknown command `sources`");
	}

	@Test
	void importOfAFolderWithABadFileReportsItAndFailsTheCommandButKeepsTheGoodOnes() throws Exception {
		Files.writeString(this.folder.resolve("story.txt"),
				"The city council approved the new budget on Monday after a long debate about housing.\n");
		Files.write(this.folder.resolve("blob.bin"), new byte[] { 0, 1, 2, 3, 0, 0, 7, 8 });
		this.console.run("dataset new mixed-" + System.nanoTime());

		Console.Result result = this.console.run("source import " + this.folder);

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("imported  1")
			.contains("blob.bin")
			.contains("Imported 1, duplicates 0, failed 1.");
		assertThat(this.console.run("source list --format csv").output().lines()).hasSize(2);
		this.console.run("dataset use demo");
	}

}
