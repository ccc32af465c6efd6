package org.crosscheck.discrepancy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crosscheck.TestHome;
import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.SourceService;
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
class DiscrepancyServiceTests {

	// Two reports of one (invented) council story, told differently.
	private static final String FIRST = """
			The council approved a budget of $12 million for the harbour on Monday, the mayor said.
			"We will not raise taxes to pay for it," the mayor told reporters.
			Work on the harbour walls is expected to start in March 2026.
			""";

	private static final String SECOND = """
			The council approved a budget of $15 million for the harbour on Monday, the mayor said.
			"We will not raise taxes to pay for it," the mayor told reporters.
			Work on the harbour walls could start in March 2026.
			""";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	DiscrepancyService discrepancies;

	@Autowired
	SourceService sources;

	@Autowired
	DatasetService datasets;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void twoReports(org.junit.jupiter.api.TestInfo info) throws Exception {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.datasets.createDataset(this.dataset);
		Path first = Files.writeString(this.folder.resolve("first.txt"), FIRST);
		Path second = Files.writeString(this.folder.resolve("second.txt"), SECOND);
		this.sources.importSources(this.dataset, List.of(first, second),
				new ImportOptions(null, "2026-01-12", null, null, ImportOptions.defaults().maxBytes()),
				ImportListener.NONE);
	}

	@Test
	void checkRaisesTheChangedAmountAndTheHedgeAndConfirmsTheIdenticalQuote() {
		CheckReport report = this.discrepancies.checkDataset(this.dataset, null);

		List<DiscrepancyView> all = this.discrepancies.listDiscrepancies(this.dataset, null, null, null);
		assertThat(report.sources()).isEqualTo(2);
		assertThat(all).anySatisfy(d -> assertThat(d.diff()).contains("[-12-]{+15+}"));
		assertThat(all).anySatisfy(d -> assertThat(d.diff()).contains("{+could+}"));
		assertThat(all).anySatisfy(d -> {
			assertThat(d.status()).isEqualTo("confirmed");
			assertThat(d.spans()).extracting(SpanView::exact)
				.allSatisfy(exact -> assertThat(exact).contains("We will not raise taxes"));
		});
	}

	@Test
	void runningTheCheckAgainRaisesNothingTwiceAndKeepsDecisions() {
		this.discrepancies.checkDataset(this.dataset, null);
		DiscrepancyView first = this.discrepancies.listDiscrepancies(this.dataset, "open", null, null).get(0);
		this.discrepancies.resolve(this.dataset, first.id(), "dismissed", "not a real difference");

		CheckReport again = this.discrepancies.checkDataset(this.dataset, null);

		assertThat(again.raised()).isEmpty();
		assertThat(this.discrepancies.show(this.dataset, first.id()).status()).isEqualTo("dismissed");
	}

	@Test
	void aCheckOfManyArticlesStoresEachDiscrepancyOnceNumberedGravestFirst() throws Exception {
		Path corpus = this.folder.resolve("corpus");
		CorpusGenerator.write(new CorpusGenerator(11).generate(120), corpus);
		Files.delete(corpus.resolve("edits.tsv"));
		this.sources.importSources(this.dataset, List.of(corpus), ImportOptions.defaults(), ImportListener.NONE);

		CheckReport first = this.discrepancies.checkDataset(this.dataset, null);

		int raised = first.raised().values().stream().mapToInt(Integer::intValue).sum();
		List<DiscrepancyView> open = this.discrepancies.listDiscrepancies(this.dataset, "open", null, null);
		// Copies and their originals only: unrelated articles that share a stock sentence
		// are other stories, whose
		// facts are not compared (before stories, they raised a thousand findings more).
		assertThat(this.discrepancies.countDiscrepancies(this.dataset, null, null, null)).isGreaterThan(100)
			.isEqualTo(raised + first.confirmations());
		assertThat(open).hasSize(raised);
		// Listed gravest first, the numbers run in order: the check numbered them gravest
		// first.
		assertThat(open).extracting(DiscrepancyView::id).isSorted();
		// The same words differing in several pairs are stored once; the repeats count as
		// known.
		assertThat(first.known()).isPositive();

		CheckReport again = this.discrepancies.checkDataset(this.dataset, null);

		assertThat(again.raised()).isEmpty();
		assertThat(again.known()).isEqualTo(raised + first.known());
	}

	@Test
	void concurrentDecisionsLoseNoNote() throws Exception {
		this.discrepancies.checkDataset(this.dataset, null);
		int id = this.discrepancies.listDiscrepancies(this.dataset, "open", null, null).get(0).id();
		int writers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String note = "note from writer " + i;
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.discrepancies.resolve(this.dataset, id, "confirmed", note);
					return note;
				}
				catch (CrosscheckException ex) {
					assertThat(ex.getMessage()).contains("changed by someone else meanwhile");
					return null;
				}
			}));
		}
		start.countDown();
		List<String> written = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			String note = outcome.get();
			if (note != null) {
				written.add(note);
			}
		}
		pool.shutdown();

		String notes = this.discrepancies.show(this.dataset, id).notes();
		assertThat(written).isNotEmpty();
		for (String note : written) {
			assertThat(notes).contains(note);
		}
		assertThat(notes.lines().count()).isEqualTo(written.size());
	}

	@Test
	void aDecisionOnAStaleVersionIsRefusedNotOverwritten() {
		this.discrepancies.checkDataset(this.dataset, null);
		int id = this.discrepancies.listDiscrepancies(this.dataset, "open", null, null).get(0).id();
		int seen = this.discrepancies.version(this.dataset, id);
		this.discrepancies.resolve(this.dataset, id, "confirmed", "first decision");

		assertThatThrownBy(() -> this.discrepancies.resolve(this.dataset, id, "dismissed", "second", seen))
			.hasMessageContaining("changed by someone else meanwhile; reload it");
		assertThat(this.discrepancies.show(this.dataset, id).status()).isEqualTo("confirmed");
	}

}
