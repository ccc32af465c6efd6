package org.crosscheck.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.TestHome;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SourceServiceTests {

	private static final String STORY = """
			Regulators fined the shipping company $2 million on Tuesday for falsifying safety records, officials said.
			The company said it would appeal the decision and that no ship had been put at risk.
			Inspectors found that logs had been altered on at least four vessels over two years.
			""";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	SourceService sources;

	@Autowired
	DatasetService datasets;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void newDataset(org.junit.jupiter.api.TestInfo info) {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.datasets.createDataset(this.dataset);
	}

	@Test
	void importOfMixedFolderKeepsGoodFilesAndReportsEachBadOneWithItsReason() throws Exception {
		Path nested = Files.createDirectories(this.folder.resolve("nested"));
		Files.writeString(this.folder.resolve("good.txt"), STORY);
		Files.writeString(nested.resolve("other.md"),
				"# Port strike ends\n\nDock workers returned to work on Monday after a deal on pay was reached.\n");
		Files.write(this.folder.resolve("picture.txt"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3 });
		Files.writeString(this.folder.resolve("empty.txt"), "");
		Files.write(this.folder.resolve("latin1.txt"),
				"Le ministre a déclaré que l’enquête continuerait pendant des mois.\n".getBytes("windows-1252"));

		ImportReport report = this.sources.importSources(this.dataset, List.of(this.folder), ImportOptions.defaults(),
				ImportListener.NONE);

		assertThat(report.imported()).hasSize(3);
		assertThat(report.failed()).extracting(ImportReport.Failure::file)
			.anySatisfy(file -> assertThat(file).endsWith("picture.txt"))
			.anySatisfy(file -> assertThat(file).endsWith("empty.txt"))
			.hasSize(2);
		assertThat(report.failed()).allSatisfy(failure -> assertThat(failure.reason()).isNotBlank());
		assertThat(this.sources.listSources(this.dataset)).hasSize(3);
		String latin = this.sources.listSources(this.dataset)
			.stream()
			.map(s -> this.sources.showSource(this.dataset, s.id()).text())
			.filter(text -> text.contains("ministre"))
			.findFirst()
			.orElseThrow();
		assertThat(latin).contains("déclaré que l’enquête");
	}

	@Test
	void importRefusesAFileOverTheSizeLimitByItsSizeWithoutReadingIt() throws Exception {
		Path huge = this.folder.resolve("huge.txt");
		// Sparse: 3 GB that take no disk; read whole, they would not even fit in a Java
		// array.
		try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(3L * 1024 * 1024 * 1024);
		}
		Path good = Files.writeString(this.folder.resolve("good.txt"), STORY);

		ImportReport report = this.sources.importSources(this.dataset, List.of(huge, good), ImportOptions.defaults(),
				ImportListener.NONE);

		assertThat(report.imported()).hasSize(1);
		assertThat(report.failed()).singleElement().satisfies(failure -> {
			assertThat(failure.file()).endsWith("huge.txt");
			assertThat(failure.reason())
				.isEqualTo("3072 MB is over the 5 MB limit; if you trust it, raise the file size limit");
		});
	}

	@Test
	void reimportingTheSameContentIsReportedAsDuplicateAndAddsNothing() throws Exception {
		Path file = Files.writeString(this.folder.resolve("a.txt"), STORY);
		Path copy = Files.writeString(this.folder.resolve("copy-of-a.txt"), STORY);
		this.sources.importSources(this.dataset, List.of(file), ImportOptions.defaults(), ImportListener.NONE);

		ImportReport again = this.sources.importSources(this.dataset, List.of(file, copy), ImportOptions.defaults(),
				ImportListener.NONE);

		assertThat(again.imported()).isEmpty();
		assertThat(again.duplicates()).extracting(ImportReport.Duplicate::existingId).containsExactly(1, 1);
		assertThat(this.sources.listSources(this.dataset)).hasSize(1);
	}

	@Test
	void importKeepsRawTextHashAndTheOptionsGiven() throws Exception {
		Path file = Files.writeString(this.folder.resolve("story.txt"), STORY);

		SourceSummary source = this.sources
			.importSources(this.dataset, List.of(file),
					new ImportOptions("Harbour Times", "2026-03-04", "https://example.org/story", "Shipping firm fined",
							ImportOptions.defaults().maxBytes()),
					ImportListener.NONE)
			.imported()
			.get(0);

		assertThat(source.outlet()).isEqualTo("Harbour Times");
		assertThat(source.published()).isEqualTo("2026-03-04");
		assertThat(source.title()).isEqualTo("Shipping firm fined");
		assertThat(source.contentHash()).hasSize(64).matches("[0-9a-f]+");
		SourceDetail detail = this.sources.showSource(this.dataset, source.id());
		assertThat(detail.rawText()).isEqualTo(STORY.replace("\r\n", "\n"));
		assertThat(detail.text()).contains("Inspectors found that logs had been altered");
	}

	@Test
	void sourceSetCorrectsMetadataAndRefusesMalformedDates() throws Exception {
		Path file = Files.writeString(this.folder.resolve("story.txt"), STORY);
		this.sources.importSources(this.dataset, List.of(file), ImportOptions.defaults(), ImportListener.NONE);

		SourceSummary updated = this.sources.updateSource(this.dataset, 1,
				new SourceChanges("2026-02-21T17:20+05:30", "Reuters", null, null, null));

		assertThat(updated.published()).isEqualTo("2026-02-21T17:20+05:30");
		assertThat(updated.outlet()).isEqualTo("Reuters");
		assertThatThrownBy(() -> this.sources.updateSource(this.dataset, 1,
				new SourceChanges("21/02/2026", null, null, null, null)))
			.isInstanceOf(CrosscheckException.class)
			.hasMessageContaining("YYYY-MM-DD");
	}

	@Test
	void unknownSourceSaysHowToFindTheIds() {
		assertThatThrownBy(() -> this.sources.showSource(this.dataset, 7))
			.hasMessage("no source 7 in dataset " + this.dataset + "; the list of sources shows the ids");
	}

	@Test
	void importsIntoOneDatasetAreNotSeenInAnother() throws Exception {
		Path file = Files.writeString(this.folder.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
		this.sources.importSources(this.dataset, List.of(file), ImportOptions.defaults(), ImportListener.NONE);
		this.datasets.createDataset(this.dataset + "-other");

		assertThat(this.sources.listSources(this.dataset + "-other")).isEmpty();
		assertThat(this.datasets.revision(this.dataset)).isPositive();
	}

	@Test
	void aGridPagesThroughTheSourcesOfAnOutletInTheOrderItAsksFor() throws Exception {
		String[][] stories = { { "b.txt", "Wire", "Bravo" }, { "a.txt", "Daily", "alpha" },
				{ "c.txt", null, "Charlie" }, { "d.txt", "Wire", "Delta" } };
		for (String[] story : stories) {
			Path file = Files.writeString(this.folder.resolve(story[0]),
					story[2] + " happened on Monday, officials said.\n");
			this.sources.importSources(this.dataset, List.of(file),
					new ImportOptions(story[1], null, null, story[2], ImportOptions.defaults().maxBytes()),
					ImportListener.NONE);
		}

		assertThat(this.sources.sourcesPerOutlet(this.dataset)).containsExactly(java.util.Map.entry("", 1),
				java.util.Map.entry("Daily", 1), java.util.Map.entry("Wire", 2));
		assertThat(this.sources.pageSources(this.dataset, null, SourceOrder.TITLE, false, 1, 2))
			.extracting(SourceSummary::title)
			.containsExactly("Bravo", "Charlie");
		assertThat(this.sources.pageSources(this.dataset, "Wire", SourceOrder.NUMBER, true, 0, 10))
			.extracting(SourceSummary::title)
			.containsExactly("Delta", "Bravo");
		assertThat(this.sources.pageSources(this.dataset, "", null, false, 0, 10)).extracting(SourceSummary::title)
			.containsExactly("Charlie");
		assertThat(this.sources.countSources(this.dataset, "Wire")).isEqualTo(2);
		assertThat(this.sources.positionOf(this.dataset, "Wire", 4)).isEqualTo(1);
		assertThat(this.sources.positionOf(this.dataset, "Daily", 4)).isEqualTo(-1);
	}

}
