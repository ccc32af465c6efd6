package org.crosscheck.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.dataset.DatasetService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.ImportReport;
import org.crosscheck.source.SourceService;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A test's own Crosscheck home (an empty H2 file database in a temporary folder) and the
 * sources the dashboard tests look at, imported through the data module's real services.
 */
public final class TestData {

	/** The text of a source that tries to run script in a browser that renders it as HTML. */
	public static final String HOSTILE_TEXT = """
			Officials at the agency denied the report on Tuesday, a spokesperson said in a statement.

			The statement ended with <script>alert(1)</script> which must stay plain text on every page.

			A picture followed it: <img src=x onerror=alert(1)> and nothing else was published that day.
			""";

	public static final String HOSTILE_TITLE = "Hostile <b>headline</b> <img src=x onerror=alert(2)>";

	private TestData() {
	}

	/** Points {@code crosscheck.home} at a new temporary folder, its database server on loopback. */
	public static Path registerHome(DynamicPropertyRegistry registry) {
		DashboardApplication.loopbackOnlyDatabaseServer();
		try {
			Path home = Files.createTempDirectory("crosscheck-dashboard-test-");
			registry.add("crosscheck.home", home::toString);
			return home;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Creates the home's current dataset ("demo") with three sources, once per home. */
	public static void seedDemo(DatasetService datasets, SourceService sources) {
		String dataset = datasets.currentDataset();
		if (datasets.exists(dataset)) {
			return;
		}
		datasets.createDataset(dataset);
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
