package org.crosscheck.shell.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.home.CrosscheckHome;
import org.crosscheck.shell.base.CommandInvoker;
import org.crosscheck.shell.base.Paths;

import org.springframework.core.io.ClassPathResource;
import org.springframework.shell.core.InputReader;
import org.springframework.stereotype.Component;

/**
 * Builds the demo dataset on a new home by replaying the notebook shipped with the
 * product ({@code demo/demo.crosscheck}) over the two seed articles, so the demo is made
 * exactly as a user would make it.
 */
@Component
public class DemoDataset {

	static final String FOLDER = "demo";

	static final List<String> FILES = List.of("demo.crosscheck", "000_3a11150c10aa050c.txt", "001_e1158af618fabb23.txt",
			"ORIGIN.md");

	private final DatasetService datasets;

	private final CrosscheckHome home;

	private final CommandInvoker invoker;

	DemoDataset(DatasetService datasets, CrosscheckHome home, CommandInvoker invoker) {
		this.datasets = datasets;
		this.home = home;
		this.invoker = invoker;
	}

	/**
	 * Creates the demo dataset when the home has no dataset at all, all or nothing: the
	 * replay runs in the dataset service's transaction that creates the dataset, so that
	 * a first start killed halfway leaves an empty home (and the next start builds the
	 * demo again), never a half-built demo that no later start repairs.
	 */
	public void createIfHomeIsEmpty(PrintWriter notices) {
		if (!this.datasets.listDatasets().isEmpty()) {
			return;
		}
		Path folder = copyDemoFiles();
		Integer built = this.datasets.createFirstDataset(DatasetService.DEMO, () -> build(folder)).orElse(null);
		if (built != null) {
			notices.println("Created the demo dataset from the two seed articles (" + built
					+ " cells; `notebook cells` shows them).");
			notices.flush();
		}
	}

	private int build(Path folder) {
		List<String> lines;
		try {
			lines = Files.readAllLines(folder.resolve("demo.crosscheck"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot read the demo notebook: " + ex.getMessage(), ex);
		}
		PrintWriter quiet = new PrintWriter(new StringWriter());
		int cells = Paths.withScriptFolder(folder, () -> {
			int count = 0;
			for (String line : lines) {
				if (line.isBlank() || line.strip().startsWith("#")) {
					continue;
				}
				CommandInvoker.Outcome outcome = this.invoker.run(line, quiet, quiet, new InputReader() {
				}, true);
				if (!outcome.ok()) {
					throw new IllegalStateException(
							"the demo notebook failed at `" + line + "`: " + outcome.output().strip());
				}
				count++;
			}
			return count;
		});
		return cells;
	}

	private Path copyDemoFiles() {
		Path folder = this.home.directory().resolve(FOLDER);
		try {
			Files.createDirectories(folder);
			for (String file : FILES) {
				try (InputStream in = new ClassPathResource(FOLDER + "/" + file).getInputStream()) {
					Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot write the demo files to " + folder + ": " + ex.getMessage(), ex);
		}
		return folder;
	}

}
