package org.crosscheck.shell.notebook;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.dataset.DatasetService;
import org.crosscheck.home.CrosscheckHome;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.shell.base.CommandInvoker;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo dataset is built all or nothing: a first start that stops halfway through the
 * replay (killed, or a failing step) leaves an empty home, which the next start builds
 * again, never a half-built demo that no later start repairs (found by CrashSafetyIT).
 */
@SpringBootTest(properties = { "crosscheck.console.autostart=false", "spring.shell.interactive.enabled=false" })
class DemoDatasetAtomicityTests {

	static Path home;

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) throws IOException {
		home = Files.createTempDirectory("crosscheck-demo-");
		registry.add("crosscheck.home", () -> home.toString());
	}

	@Autowired
	DatasetService datasets;

	@Autowired
	CrosscheckHome crosscheckHome;

	@Autowired
	CommandRegistry registry;

	@Autowired
	NotebookService notebook;

	@Autowired
	DemoDataset demo;

	@Test
	void aReplayStoppedHalfwayLeavesNothingAndTheNextStartBuildsTheWholeDemo() {
		// Stops at the first `suggestion accept`, after the sources, a note and a
		// correction are stored.
		CommandInvoker failing = new CommandInvoker(this.registry, this.notebook, this.datasets) {
			@Override
			public Outcome run(String line, PrintWriter terminal, PrintWriter errors, InputReader input,
					boolean record) {
				if (line.startsWith("suggestion accept")) {
					return new Outcome(1, "error: stopped here", null);
				}
				return super.run(line, terminal, errors, input, record);
			}
		};
		DemoDataset interrupted = new DemoDataset(this.datasets, this.crosscheckHome, failing);
		assertThatThrownBy(() -> interrupted.createIfHomeIsEmpty(new PrintWriter(new StringWriter())))
			.hasMessageContaining("suggestion accept");
		assertThat(this.datasets.listDatasets()).as("nothing of the demo is left").isEmpty();

		StringWriter notices = new StringWriter();
		this.demo.createIfHomeIsEmpty(new PrintWriter(notices));
		assertThat(notices.toString()).contains("Created the demo dataset");
		assertThat(this.datasets.listDatasets()).singleElement().satisfies(demo -> {
			assertThat(demo.name()).isEqualTo(DatasetService.DEMO);
			assertThat(demo.sources()).isEqualTo(2);
		});
		assertThat(this.notebook.nextCellNumber(DatasetService.DEMO)).isEqualTo(14);
	}

}
