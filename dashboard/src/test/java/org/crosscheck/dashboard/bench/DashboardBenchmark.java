package org.crosscheck.dashboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.ledger.ContractInput;
import org.crosscheck.ledger.EventInput;
import org.crosscheck.common.PartialDate;
import org.crosscheck.dashboard.contract.ContractsView;
import org.crosscheck.dashboard.discrepancy.DiscrepanciesView;
import org.crosscheck.dashboard.notebook.NotebookView;
import org.crosscheck.dashboard.source.SourcesView;
import org.crosscheck.dashboard.timeline.TimelineView;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.notebook.CellStatus;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.SourceService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures the dashboard on a large dataset: 10,000 sources with two annotations each,
 * 1,000 contracts, 2,000 events, 1,000 discrepancies and 300 notebook cells, filled
 * through the services (generated text; no suggesters, which would take long on 10,000
 * sources). Prints the time of each view's first render (server side, browserless) and of
 * its data queries. Not a test that runs with the build (its name matches no test
 * pattern); run it with
 *
 * <pre>
 * ./mvnw -o -pl data,dashboard -am test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.home=/tmp/bench-home]   # keep (and reuse) the filled home, e.g. for a browser
 * </pre>
 */
@SpringBootTest
@ViewPackages(packages = "org.crosscheck.dashboard")
class DashboardBenchmark extends SpringBrowserlessTest {

	static final int SOURCES = 10_000;

	static final int CONTRACTS = 1_000;

	static final int EVENTS = 2_000;

	static final int DISCREPANCIES = 1_000;

	static final int CELLS = 300;

	/** A dataset of its own that the benchmark writes to between runs. */
	private static final String SCRATCH = "bench-scratch";

	private static final String[] VENDORS = { "Palantir", "Dell", "AT&T", "Microsoft", "Amazon", "Google", "Oracle",
			"IBM", "Accenture", "Deloitte", "Booz Allen", "Leidos", "SAIC", "CACI", "Anduril", "Clearview",
			"LexisNexis", "Thomson Reuters", "Motorola", "Verizon" };

	private static final String[] OUTLETS = { "Reuters", "AP", "The Verge", "Times of India", "NPR", "Wired",
			"The Guardian", "Bloomberg", "Politico", "ProPublica" };

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) throws IOException {
		org.crosscheck.home.CrosscheckHome.loopbackOnlyDatabaseServer();
		String wanted = System.getProperty("bench.home");
		Path home = wanted == null || wanted.isBlank() ? Files.createTempDirectory("crosscheck-bench-")
				: Path.of(wanted);
		registry.add("crosscheck.home", home::toString);
		System.out.println("bench home: " + home);
	}

	@Autowired
	DatasetService datasets;

	@Autowired
	SourceService sources;

	@Autowired
	AnnotationService annotations;

	@Autowired
	ClaimService claims;

	@Autowired
	DiscrepancyService discrepancies;

	@Autowired
	NotebookService notebook;

	@Test
	void measure() throws IOException {
		String dataset = this.datasets.currentDataset();
		if (!this.datasets.exists(dataset)) {
			long started = System.nanoTime();
			fill(dataset);
			System.out.printf("filled %s in %.1f s%n", dataset, (System.nanoTime() - started) / 1e9);
		}
		if (!this.datasets.exists(SCRATCH)) {
			this.datasets.createDataset(SCRATCH);
		}
		System.out.println("\n== data queries (median of 7 after 3 warm-ups, each after a write, ms)");
		query("contractsByVendor (contract chart)", () -> this.claims.contractsByVendor(dataset));
		query("listContracts (grid, tooltips)", () -> this.claims.listContracts(dataset));
		query("listEvents (timeline chart)", () -> this.claims.listEvents(dataset));
		query("listSources (sources grid, outlet chart, timeline rows)", () -> this.sources.listSources(dataset));
		query("showSource 5000 (reader)", () -> this.sources.showSource(dataset, 5000));
		query("listAnnotations source 5000 (reader)", () -> this.annotations.listAnnotations(dataset, 5000, null));
		query("pageDiscrepancies 0..50 (grid page)",
				() -> this.discrepancies.pageDiscrepancies(dataset, null, null, null, 0, 50));
		query("countDiscrepancies (grid size)", () -> this.discrepancies.countDiscrepancies(dataset, null, null, null));
		query("listDiscrepancies (all, for comparison)",
				() -> this.discrepancies.listDiscrepancies(dataset, null, null, null));
		query("sourceIds (source filter)", () -> this.sources.sourceIds(dataset));
		query("cells last 200 (notebook)", () -> this.notebook.cells(dataset, 200));
		query("revision (poll)", () -> this.datasets.revision(dataset));

		System.out.println("\n== first render, browserless (server side: view, queries, components), ms");
		List<String> lines = new ArrayList<>();
		for (int round = 1; round <= 3; round++) {
			this.notebook.addNote(SCRATCH, "invalidate round " + round);
			StringBuilder line = new StringBuilder(round == 1 ? "cold  " : "warm" + round + " ");
			line.append(render("sources", () -> navigate(SourcesView.class)));
			line.append(render("reader 5000", () -> {
				navigate(SourcesView.class);
				SourcesView.open(5000, 10, 60);
				return null;
			}));
			line.append(render("contracts", () -> navigate(ContractsView.class)));
			line.append(render("timeline", () -> navigate(TimelineView.class)));
			line.append(render("discrepancies", () -> navigate(DiscrepanciesView.class)));
			line.append(render("notebook", () -> navigate(NotebookView.class)));
			lines.add(line.toString());
		}
		lines.forEach(System.out::println);
	}

	private void fill(String dataset) throws IOException {
		this.datasets.createDataset(dataset);
		Random random = new Random(42);
		Path folder = Files.createTempDirectory("crosscheck-bench-sources-");
		for (int i = 1; i <= SOURCES; i++) {
			String vendor = VENDORS[i % VENDORS.length];
			Files.writeString(folder.resolve(String.format("source-%05d.txt", i)), "Story " + i + ": " + vendor
					+ " wins federal work\n\n" + vendor + " was awarded a $" + (10 + random.nextInt(190))
					+ ".5 million contract in " + (2019 + random.nextInt(7))
					+ " by the agency, officials said on Tuesday.\n\n"
					+ "The agency said the deal runs until September and could be extended, according to documents seen by reporters "
					+ "in story number " + i
					+ ". Critics said the agency \"never explained the purpose\" of the work.\n\n"
					+ "Other paragraphs follow with background about procurement, oversight and the company's earlier contracts, "
					+ "the kind of text every article carries, repeated here to give the source a realistic length. "
						.repeat(4));
		}
		long started = System.nanoTime();
		this.sources.importSources(dataset, List.of(folder),
				new ImportOptions(null, null, null, null, ImportOptions.defaults().maxBytes()), ImportListener.NONE);
		System.out.printf("imported %d sources in %.1f s%n", SOURCES, (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		int[] money = new int[SOURCES + 1];
		int[] quote = new int[SOURCES + 1];
		for (int i = 1; i <= SOURCES; i++) {
			String text = this.sources.sourceText(dataset, i).text();
			int at = text.indexOf("$");
			int end = text.indexOf(" contract", at);
			money[i] = this.annotations
				.annotateSpan(dataset, i, at, end, AnnotationKind.MONEY, null, List.of(), null, null, "suggestion")
				.id();
			int q = text.indexOf("\"never");
			quote[i] = this.annotations
				.annotateSpan(dataset, i, q, text.indexOf('"', q + 1) + 1, AnnotationKind.QUOTE, null, List.of(), null,
						null, "suggestion")
				.id();
		}
		System.out.printf("annotated in %.1f s%n", (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		for (int i = 0; i < CONTRACTS; i++) {
			int source = 1 + i * (SOURCES / CONTRACTS);
			BigDecimal obligated = BigDecimal.valueOf(1_000_000L * (1 + random.nextInt(200)));
			this.claims.addContract(dataset,
					new ContractInput(VENDORS[random.nextInt(VENDORS.length)], "Agency " + (i % 7),
							i % 50 == 0 ? "EUR" : "USD", obligated,
							obligated.multiply(BigDecimal.valueOf(1 + random.nextInt(3))),
							PartialDate.parse("2021-0" + (1 + i % 9)), PartialDate.parse("2026"), null, null,
							List.of(money[source])));
		}
		for (int i = 0; i < EVENTS; i++) {
			int source = 1 + i * (SOURCES / EVENTS);
			LocalDate start = LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1);
			boolean month = i % 3 == 0;
			boolean unresolved = i % 20 == 0;
			this.claims.addEvent(dataset,
					new EventInput(unresolved ? null : start,
							unresolved ? null : month ? start.withDayOfMonth(start.lengthOfMonth()) : start,
							month ? "MONTH" : "DAY", null, month ? "last September" : "on Tuesday",
							"Event " + i + " of the story", List.of(), List.of(quote[source])));
		}
		System.out.printf("contracts and events in %.1f s%n", (System.nanoTime() - started) / 1e9);
		started = System.nanoTime();
		for (int i = 0; i < DISCREPANCIES; i++) {
			int left = 1 + random.nextInt(SOURCES);
			int right = 1 + random.nextInt(SOURCES);
			this.discrepancies.flag(dataset, quote[left], quote[right], i % 2 == 0 ? "quote" : "number",
					"generated " + i);
		}
		for (int i = 0; i < CELLS; i++) {
			if (i % 10 == 0) {
				this.notebook.addNote(dataset,
						"A **note** number " + i + " with a [link](https://example.org/" + i + ")");
			}
			else {
				this.notebook.recordCommand(dataset, "source show " + i, "output line\n".repeat(5), CellStatus.OK,
						Instant.now(), 5, EnumSet.of(Area.SOURCES));
			}
		}
		System.out.printf("discrepancies and cells in %.1f s%n", (System.nanoTime() - started) / 1e9);
		deleteQuietly(folder);
	}

	private void query(String name, Supplier<?> query) {
		for (int i = 0; i < 3; i++) {
			query.get();
		}
		double[] times = new double[7];
		for (int i = 0; i < times.length; i++) {
			// H2 hands back the previous result of a query while no table changed: a
			// write in
			// another dataset makes every run a real one, as after the console wrote.
			this.notebook.addNote(SCRATCH, "invalidate " + i);
			long started = System.nanoTime();
			query.get();
			times[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(times);
		System.out.printf("%8.1f  %s%n", times[times.length / 2], name);
	}

	private static String render(String name, Supplier<Object> navigation) {
		long started = System.nanoTime();
		Object view = navigation.get();
		double millis = (System.nanoTime() - started) / 1e6;
		if (view instanceof Component component) {
			component.getElement();
		}
		return String.format("%s %.0f | ", name, millis);
	}

	private static void deleteQuietly(Path folder) {
		try (var files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
