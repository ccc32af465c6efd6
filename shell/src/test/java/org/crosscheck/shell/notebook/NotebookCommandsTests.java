package org.crosscheck.shell.notebook;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class NotebookCommandsTests extends ConsoleTestBase {

	@Autowired
	NotebookService notebook;

	@Test
	void exportedJupyterNotebookValidatesAgainstNbformat45() throws Exception {
		this.console.run("notebook note \"## Findings\nThe verbs differ.\"");
		this.console.run("source show 99");
		Path file = home.resolve("export/notebook.ipynb");

		Console.Result export = this.console.run("notebook export " + file);

		assertThat(export.exitCode()).isZero();
		ObjectMapper mapper = new ObjectMapper();
		JsonSchema schema;
		try (InputStream in = getClass().getResourceAsStream("/nbformat/nbformat.v4.5.schema.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
		JsonNode notebook = mapper.readTree(file.toFile());
		Set<ValidationMessage> errors = schema.validate(notebook);
		assertThat(errors).isEmpty();
		assertThat(notebook.path("metadata").path("kernelspec").path("display_name").asText()).isEqualTo("Crosscheck");
		assertThat(notebook.toString()).contains("\"output_type\":\"error\"").contains("\"cell_type\":\"markdown\"");
	}

	@Test
	void markdownExportReplaysWithCheckIntoAnotherDatasetWithoutDifferences() throws Exception {
		this.console.run("dataset new recorded");
		this.console.run("source import " + home.resolve("demo/000_3a11150c10aa050c.txt"));
		this.console.run("notebook note \"The first source, then its contracts:\nthree of them.\"");
		this.console.run("suggest 1");
		this.console.run("suggestion accept --all --kind contract");
		this.console.run("contract list");
		this.console.run("source list --format json");
		Path file = home.resolve("demo/recorded.md");
		assertThat(this.console.run("notebook export " + file).exitCode()).isZero();
		this.console.run("dataset new replayed");

		Console.Result replay = this.console.run("notebook run " + file + " --check");

		assertThat(replay.exitCode()).as(replay.output() + replay.error()).isZero();
		assertThat(replay.output()).contains("Check: every output matches the recorded one.");
		assertThat(this.console.run("contract list --format csv").output().lines()).hasSize(4);
		assertThat(this.console.run("notebook cells --format csv").output()).contains("prose")
			.contains("suggestion accept");
	}

	@Test
	void choosingTheDatasetIsNoCellAndANotebookThatChoosesOneReplaysIntoTheCurrentDataset() throws Exception {
		this.console.run("dataset new probe");
		this.console.run("dataset use probe");
		this.console.run("source import " + home.resolve("demo/000_3a11150c10aa050c.txt"));
		this.console.run("source list");
		assertThat(this.console.run("notebook cells --format csv").output()).doesNotContain("dataset");
		// A notebook exported before dataset choices went unrecorded holds them as cells.
		Path notebook = Files.writeString(home.resolve("chooses.md"), """
				```crosscheck
				dataset use somewhere-else
				```

				```
				Now on dataset somewhere-else (0 sources).
				```

				```crosscheck
				source list --format csv
				```

				```
				id,published,outlet,title,chars
				```
				""");
		this.console.run("dataset new replay-here");

		Console.Result replay = this.console.run("notebook run " + notebook + " --check");

		assertThat(replay.exitCode()).as(replay.output() + replay.error()).isZero();
		assertThat(replay.output())
			.contains(">>> dataset use somewhere-else\n"
					+ "(skipped: a notebook replays into the current dataset, replay-here)")
			.contains("Check: every output matches the recorded one.");
		assertThat(this.datasets.currentDataset()).isEqualTo("replay-here");
		// A script is the user's own sequence of commands: there, choosing a dataset does
		// what it says.
		Path script = Files.writeString(home.resolve("chooses.crosscheck"), "dataset use probe\nsource list\n");
		assertThat(this.console.run("run " + script).exitCode()).isZero();
		assertThat(this.datasets.currentDataset()).isEqualTo("probe");
	}

	@Test
	void thePromptsCellNumberIsTheOneTheNextCellGetsHoweverOftenItIsDrawn() {
		this.console.run("dataset new numbered");
		int promised = this.notebook.nextCellNumber("numbered");
		assertThat(this.notebook.nextCellNumber("numbered")).isEqualTo(promised);
		this.console.run("notebook cells --last 1");

		Console.Result listed = this.console.run("source list");

		assertThat(listed.cell()).isEqualTo(promised).isEqualTo(1);
		assertThat(this.notebook.nextCellNumber("numbered")).isEqualTo(2);
		assertThat(this.console.run("source list").cell()).isEqualTo(2);
	}

	@Test
	void replayStopsAtTheFirstFailingCommandAndSaysWhichAndWhy() throws Exception {
		Path script = Files.writeString(home.resolve("broken.crosscheck"),
				"# a script\nsource list\nsource show 42\nsource list\n");

		Console.Result replay = this.console.run("run " + script);

		assertThat(replay.exitCode()).isEqualTo(2);
		assertThat(replay.error()).contains("line 3").contains("`source show 42` failed: no source 42 in dataset demo");
		assertThat(replay.output()).containsOnlyOnce(">>> source list");
	}

	@Test
	void checkReportsEveryOutputThatDiffers() throws Exception {
		Path notebook = Files.writeString(home.resolve("changed.md"), """
				```crosscheck
				dataset list --format csv
				```

				```
				name,sources,revision,current
				somewhere-else,0,0,*
				```
				""");

		Console.Result replay = this.console.run("notebook run " + notebook + " --check");

		assertThat(replay.exitCode()).isEqualTo(4);
		assertThat(replay.output()).contains("1 output(s) differ").contains("-somewhere-else,0,0,*");
	}

	@Test
	void aCellBecomesStaleWhenDataItReadChangesAndRerunMakesAFreshOne() {
		this.console.run("dataset new staleness");
		this.console.run("source import " + home.resolve("demo/000_3a11150c10aa050c.txt"));
		Console.Result listing = this.console.run("source list");
		this.console.run("source set 1 --outlet \"Some outlet\"");

		String cells = this.console.run("notebook cells --format csv").output();
		assertThat(cells).containsPattern("\n" + listing.cell() + ",command,ok,stale,");

		Console.Result rerun = this.console.run("notebook rerun --stale");
		assertThat(rerun.output()).contains("re-running [" + listing.cell() + "] source list").contains("Some outlet");
		assertThat(this.console.run("notebook cells --format csv").output())
			.containsPattern("\n" + listing.cell() + ",command,ok,\"stale, re-run as \\d+\",");
		assertThat(this.console.run("notebook rerun --stale").output()).contains("No stale cells");
	}

	@Test
	void aCommandThatChangedTheDataIsARecordNotAViewAndNeverStale() {
		this.console.run("dataset new actions");
		this.console.run("source import " + home.resolve("demo/000_3a11150c10aa050c.txt"));
		Console.Result action = this.console.run("source set 1 --outlet First");
		this.console.run("source set 1 --outlet Second");

		assertThat(this.console.run("notebook cells --format csv").output())
			.containsPattern("\n" + action.cell() + ",command,ok,,");
	}

}
