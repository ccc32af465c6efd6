package org.crosscheck.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.shell.base.CommandInvoker;
import org.crosscheck.shell.notebook.DemoDataset;
import org.crosscheck.dataset.DatasetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A console on a home of its own (one per test class), with the demo dataset built as on
 * a user's first start.
 */
@SpringBootTest(properties = { "crosscheck.console.autostart=false", "spring.shell.interactive.enabled=false" })
public abstract class ConsoleTestBase {

	protected static Path home;

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) throws IOException {
		home = Files.createTempDirectory("crosscheck-console-");
		registry.add("crosscheck.home", () -> home.toString());
	}

	@Autowired
	CommandInvoker invoker;

	@Autowired
	DemoDataset demo;

	protected Console console;

	@Autowired
	protected DatasetService datasets;

	@BeforeEach
	void console() {
		this.console = new Console(this.invoker);
		this.demo.createIfHomeIsEmpty(new PrintWriter(new StringWriter()));
	}

	/** Each test starts on the demo dataset, whatever the previous one switched to. */
	@AfterEach
	void backToDemo() {
		this.datasets.useDataset(DatasetService.DEMO);
	}

}
