package org.crosscheck.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.discrepancy.DiscrepancyView;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.ImportReport;
import org.crosscheck.source.SourceChanges;
import org.crosscheck.source.SourceService;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test's own Crosscheck home (an empty H2 file database in a temporary folder) and the
 * sources the dashboard tests look at, imported through the data module's real services.
 */
public final class TestData {

	/**
	 * The text of a source that tries to run script in a browser that renders it as HTML.
	 */
	public static final String HOSTILE_TEXT = """
			Officials at the agency denied the report on Tuesday, a spokesperson said in a statement.

			The statement ended with <script>alert(1)</script> which must stay plain text on every page.

			A picture followed it: <img src=x onerror=alert(1)> and nothing else was published that day.
			""";

	public static final String HOSTILE_TITLE = "Hostile <b>headline</b> <img src=x onerror=alert(2)>";

	private TestData() {
	}

	/**
	 * Points {@code crosscheck.home} at a new temporary folder, its database server on
	 * loopback.
	 */
	public static Path registerHome(DynamicPropertyRegistry registry) {
		org.crosscheck.home.CrosscheckHome.loopbackOnlyDatabaseServer();
		try {
			Path home = Files.createTempDirectory("crosscheck-dashboard-test-");
			registry.add("crosscheck.home", home::toString);
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A note and tags that try to run script wherever they are shown. */
	public static final String HOSTILE_NOTE = "<b>bold</b> <img src=x onerror=alert(3)> {a} {x|rich}";

	/**
	 * Markdown prose that tries every way into the page: raw HTML, a script, a
	 * javascript: link.
	 */
	public static final String HOSTILE_MARKDOWN = """
			# Findings

			Raw <script>alert(5)</script> and <img src=x onerror=alert(6)> stay text.

			[click me](javascript:alert(7)) and [a real link](https://example.org/story) and **bold** words.
			""";

	/**
	 * The seed articles (test resources, copied from the demo) in the order the demo
	 * imports them.
	 */
	public static final List<String> SEEDS = List.of("000_3a11150c10aa050c.txt", "001_e1158af618fabb23.txt");

	/**
	 * The demo as the console builds it, and more: the two seed articles with their
	 * accepted contracts (Dell, AT&T, Palantir), events, quotes, money and entities
	 * (sources 1 and 2), the three small sources of {@link #seedDemo} (3 to 5), a wording
	 * discrepancy between the seeds and one whose note is hostile, and a notebook with
	 * hostile prose. Once per home.
	 */
	public static void seedStory(DatasetService datasets, SourceService sources, SuggestionService suggestions,
			AnnotationService annotations, DiscrepancyService discrepancies,
			org.crosscheck.notebook.NotebookService notebook) {
		String dataset = datasets.currentDataset();
		if (datasets.exists(dataset)) {
			return;
		}
		datasets.createDataset(dataset);
		try {
			Path folder = Files.createTempDirectory("crosscheck-seeds-");
			for (String seed : SEEDS) {
				try (var in = TestData.class.getResourceAsStream("/seeds/" + seed)) {
					Files.copy(in, folder.resolve(seed));
				}
				sources.importSources(dataset, List.of(folder.resolve(seed)), ImportOptions.defaults(),
						ImportListener.NONE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// As the demo script does: the second page states no date; the statement came on
		// 18 February 2026.
		sources.updateSource(dataset, 2, new SourceChanges("2026-02-18", null, null, null, null));
		suggestions.suggest(dataset, null);
		for (String kind : List.of("contract", "event", "quote", "money", "entity")) {
			suggestions.acceptPending(dataset, kind);
		}
		addSmallSources(sources, dataset);
		int suspended = annotations
			.annotate(dataset,
					new NewAnnotation(1, "suspended certain services", AnnotationKind.CLAIM, null, List.of(), 1))
			.id();
		int disabled = annotations
			.annotate(dataset, new NewAnnotation(2, "disabled some services", AnnotationKind.CLAIM, null, List.of(), 1))
			.id();
		discrepancies.flag(dataset, suspended, disabled, "wording", "same fact, other words");
		int hostile = annotations
			.annotate(dataset,
					new NewAnnotation(5, "<script>alert(1)</script>", AnnotationKind.NOTE, HOSTILE_NOTE,
							List.of("<i>tag</i>"), null))
			.id();
		discrepancies.flag(dataset, hostile, disabled, "quote", HOSTILE_NOTE);
		notebook.addNote(dataset, HOSTILE_MARKDOWN);
	}

	/** The wording discrepancy between the seeds that {@link #seedStory} flags. */
	public static DiscrepancyView wordingDiscrepancy(DiscrepancyService discrepancies, String dataset) {
		return discrepancies.listDiscrepancies(dataset, null, "wording", null).get(0);
	}

	/** Creates the home's current dataset ("demo") with three sources, once per home. */
	public static void seedDemo(DatasetService datasets, SourceService sources) {
		String dataset = datasets.currentDataset();
		if (datasets.exists(dataset)) {
			return;
		}
		datasets.createDataset(dataset);
		addSmallSources(sources, dataset);
	}

	private static void addSmallSources(SourceService sources, String dataset) {
		importText(sources, dataset, "verge.txt", "The Verge", "2026-02-18T10:15-05:00",
				"Microsoft says ICE does not use Azure for mass surveillance",
				"Microsoft said on Wednesday that ICE does not use its cloud for mass surveillance.\n\n"
						+ "The company suspended certain services last September.\n");
		importText(sources, dataset, "toi.txt", "Times of India", null, "Microsoft: no mass surveillance by ICE",
				"Microsoft disabled some services, the company said.\n\nAT&T won $90.7 million in 2021.\n");
		importText(sources, dataset, "hostile.txt", "Evil Outlet", "2026-01-01", HOSTILE_TITLE, HOSTILE_TEXT);
	}

	/** Imports one plain-text source with the given metadata and returns its number. */
	public static int importText(SourceService sources, String dataset, String fileName, String outlet,
			String published, String title, String text) {
		try {
			Path folder = Files.createTempDirectory("crosscheck-import-");
			Path file = Files.writeString(folder.resolve(fileName), text);
			ImportOptions options = new ImportOptions(outlet, published, null, title,
					ImportOptions.defaults().maxBytes());
			ImportReport report = sources.importSources(dataset, List.of(file), options, ImportListener.NONE);
			if (report.imported().size() != 1) {
				throw new IllegalStateException("Test source " + fileName + " was not imported: " + report);
			}
			return report.imported().get(0).id();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
