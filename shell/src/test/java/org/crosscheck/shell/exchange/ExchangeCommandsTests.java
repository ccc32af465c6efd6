package org.crosscheck.shell.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import org.crosscheck.dataset.DatasetService;
import org.crosscheck.shell.Console;
import org.crosscheck.shell.base.CommandInvoker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sharing commands typed as a user types them. The home gets its own small dataset
 * instead of the demo (whose build needs the file import), with the source written
 * directly.
 */
@SpringBootTest(properties = { "crosscheck.console.autostart=false", "spring.shell.interactive.enabled=false" })
class ExchangeCommandsTests {

	private static final String ARTICLE = "Dell's government arm won an $18.8 million contract from ICE in April 2025. "
			+ "Microsoft said it had suspended certain services to a unit of the agency last September.";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) throws IOException {
		Path home = Files.createTempDirectory("crosscheck-exchange-console-");
		registry.add("crosscheck.home", home::toString);
	}

	@Autowired
	CommandInvoker invoker;

	@Autowired
	DatasetService datasets;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

	Console console;

	@BeforeEach
	void dataset() throws Exception {
		this.console = new Console(this.invoker);
		if (this.datasets.exists("story")) {
			this.datasets.useDataset("story");
			return;
		}
		this.datasets.createDataset("story");
		this.datasets.useDataset("story");
		long id = this.datasets.require("story").id();
		this.jdbc
			.sql("""
					insert into source (dataset_id, num, uid, title, url, retrieved_at, content_hash, format, raw_text, clean_text)
					values (?, 1, ?, 'Contracts', 'https://example.org/contracts', ?, ?, 'TEXT', ?, ?)""")
			.params(id, UUID.randomUUID().toString(), OffsetDateTime.now(ZoneOffset.UTC), HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(ARTICLE.getBytes(StandardCharsets.UTF_8))),
					ARTICLE, ARTICLE)
			.update();
		ok("annotation add 1 \"$18.8 million\" --kind money");
		ok("annotation add 1 \"suspended certain services\" --kind claim --note \"check the verb\"");
		ok("contract add --vendor Dell --agency ICE --obligated 18800000 --awarded 2025-04 --evidence 1");
		ok("event add --date 2025-09 --description \"Microsoft suspends services\" --evidence 2");
	}

	@Test
	void exportThenImportBundleAsACopyReportsCounts() {
		Path file = this.folder.resolve("story.ccbundle");

		Console.Result exported = ok("export bundle " + file);
		Console.Result imported = ok("import bundle " + file + " --as story-copy");
		Console.Result merged = ok("import bundle " + file + " --into story-copy");
		Console.Result clash = this.console.run("import bundle " + file);

		assertThat(exported.output()).startsWith("Exported dataset story to " + file)
			.contains("1 sources", "2 annotations", "1 contracts", "1 events");
		assertThat(imported.output()).startsWith("Imported the bundle as new dataset story-copy: added ")
			.contains("1 sources", "2 annotations")
			.endsWith("`dataset use story-copy` opens it.");
		assertThat(merged.output()).startsWith("Merged the bundle into dataset story-copy: added 0 ");
		assertThat(clash.exitCode()).isEqualTo(4);
		assertThat(clash.error()).isEqualTo("error: dataset story exists already; add --into story to merge the bundle"
				+ " into it, or --as NEW-NAME to import it as another dataset");
	}

	@Test
	void refusedBundleIsOneLineNamingTheLimitAndTheOption() {
		Path file = this.folder.resolve("story.ccbundle");
		ok("export bundle " + file);

		Console.Result refused = this.console.run("import bundle " + file + " --as other --max-entries 3");

		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.error()).isEqualTo("error: bundle story.ccbundle has 10 entries, over the limit of 3 (a"
				+ " Crosscheck bundle has 10); if you trust the file, raise it with --max-entries N; nothing was imported");
		assertThat(this.datasets.exists("other")).isFalse();
	}

	@Test
	void w3cRoundTripAndTheOtherExportsPrintOneLineSummaries() {
		Path w3c = this.folder.resolve("annotations.jsonld");

		Console.Result exported = ok("export w3c " + w3c);
		Console.Result imported = ok("import w3c " + w3c);
		Console.Result ftm = ok("export ftm " + this.folder.resolve("story.ftm.json"));
		Console.Result csv = ok("export csv " + this.folder.resolve("tables"));
		Console.Result timeline = ok("export timeline " + this.folder.resolve("timeline.json"));

		assertThat(exported.output()).isEqualTo("Exported 2 annotations (0 orphans, without position) to " + w3c + ".");
		assertThat(imported.output()).isEqualTo("Imported 0 of 2 annotations into story: anchored 0, orphans 0,"
				+ " already there 2, no source 0, refused 0.");
		assertThat(ftm.output()).startsWith("Exported ")
			.contains("1 Contract", "1 ContractAward", "1 Document", "1 Event");
		assertThat(csv.output()).contains("1 contracts.csv", "2 annotations.csv");
		assertThat(Files.exists(this.folder.resolve("tables").resolve("events.csv"))).isTrue();
		assertThat(timeline.output()).startsWith("Exported 1 events to ").contains("left out 0 unresolved");
	}

	@Test
	void hypothesisFileThatIsNotJsonIsAOneLineError() throws IOException {
		Path file = this.folder.resolve("export.json");
		Files.writeString(file, "{ not json");

		Console.Result result = this.console.run("import hypothesis " + file);

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.error()).startsWith("error: export.json is not JSON (")
			.endsWith("; nothing was imported")
			.doesNotContain("\n");
	}

	private Console.Result ok(String line) {
		Console.Result result = this.console.run(line);
		assertThat(result.exitCode()).as(line + " → " + result.error()).isZero();
		return result;
	}

}
