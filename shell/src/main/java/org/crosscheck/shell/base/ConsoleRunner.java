package org.crosscheck.shell.base;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crosscheck.dataset.DatasetService;
import org.crosscheck.home.CrosscheckHome;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.shell.notebook.DemoDataset;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

/**
 * The console's main loop: in interactive mode it reads commands at a prompt that names
 * the dataset and the next cell ({@code demo [12]>}); otherwise it runs the one command
 * given on the command line. Either way each command becomes a notebook cell.
 */
@Component
public class ConsoleRunner implements ApplicationRunner {

	private final CommandInvoker invoker;

	private final DatasetService datasets;

	private final NotebookService notebook;

	private final CrosscheckHome home;

	private final ObjectProvider<LineReader> lineReader;

	private final ConsoleMode mode;

	private final DemoDataset demo;

	private final CommandRegistry registry;

	private int exitCode;

	@Value("${crosscheck.console.autostart:true}")
	private boolean autostart;

	/**
	 * Progress in one-shot use: auto (a bar on a terminal, else none), bar, lines or
	 * none.
	 */
	@Value("${crosscheck.progress:auto}")
	private String progress;

	/**
	 * A console daemon serves its clients' commands instead
	 * (org.crosscheck.shell.daemon).
	 */
	@Value("${crosscheck.daemon.serve:false}")
	private boolean daemon;

	ConsoleRunner(CommandInvoker invoker, DatasetService datasets, NotebookService notebook, CrosscheckHome home,
			ObjectProvider<LineReader> lineReader, ConsoleMode mode, DemoDataset demo, CommandRegistry registry) {
		this.invoker = invoker;
		this.datasets = datasets;
		this.notebook = notebook;
		this.home = home;
		this.lineReader = lineReader;
		this.mode = mode;
		this.demo = demo;
		this.registry = registry;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.autostart || this.daemon) {
			return;
		}
		List<String> words = List.of(args.getSourceArgs());
		if (words.isEmpty()) {
			interactive();
		}
		else {
			// The command's output on standard output; notices, progress and errors on
			// standard error, each
			// flushed as it is written, so that a reader of both (a terminal, 2>&1) sees
			// them in the order they happened.
			PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
			PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
			this.exitCode = runOnce(words, out, err);
		}
	}

	/**
	 * Runs the one command {@code words} as {@code crosscheck COMMAND ...} does, recorded
	 * as a cell, and gives its exit status; a console daemon runs its clients' commands
	 * through here.
	 */
	public int runOnce(List<String> words, PrintWriter out, PrintWriter err) {
		// A daemon's client says whether its output is a terminal; else this process's
		// own streams tell.
		Boolean clientTerminal = this.mode.clientTerminal();
		boolean auto = this.progress == null || this.progress.isBlank()
				|| this.progress.strip().equalsIgnoreCase("auto");
		ConsoleMode.ProgressStyle style = clientTerminal != null && auto
				? (clientTerminal ? ConsoleMode.ProgressStyle.BAR : ConsoleMode.ProgressStyle.NONE)
				: ConsoleMode.oneShotStyle(this.progress);
		this.mode.set(false, err, style);
		this.demo.createIfHomeIsEmpty(err);
		int status = this.invoker.run(CommandLine.join(CommandLine.commandFirst(words)), out, err, new InputReader() {
		}, true).exitCode();
		out.flush();
		return status;
	}

	private void interactive() {
		LineReader reader = this.lineReader.getObject();
		reader.setVariable(LineReader.HISTORY_FILE, this.home.directory().resolve("history"));
		try {
			reader.getHistory().load();
		}
		catch (java.io.IOException | RuntimeException ex) {
			// An unreadable history is not worth refusing to start for.
		}
		PrintWriter terminal = reader.getTerminal().writer();
		// The terminal's width now, not at start: the user may resize the window between
		// commands.
		this.mode.set(true, terminal, () -> reader.getTerminal().getWidth());
		this.demo.createIfHomeIsEmpty(terminal);
		terminal
			.println("Crosscheck — home " + this.home.directory() + ". Type `help` for the commands, `exit` to leave.");
		InputReader input = new InputReader() {
			@Override
			public String readInput() {
				return reader.readLine("");
			}
		};
		boolean first = true;
		while (true) {
			String line;
			try {
				String prompt = prompt(reader);
				if (first) {
					// While the user reads the prompt and types, the commands' beans are
					// made (LazyCommands makes
					// them when a command first runs): the first command answers as soon
					// as the later ones. A moment
					// later, so that the prompt is drawn first.
					first = false;
					Thread.ofPlatform().daemon().name("crosscheck:commands").start(() -> {
						try {
							Thread.sleep(100);
						}
						catch (InterruptedException ex) {
							return;
						}
						LazyCommands.prepare(this.registry);
					});
				}
				line = reader.readLine(prompt);
			}
			catch (UserInterruptException ex) {
				continue;
			}
			catch (EndOfFileException ex) {
				break;
			}
			if (line == null) {
				break;
			}
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (trimmed.equals("exit") || trimmed.equals("quit")) {
				break;
			}
			this.invoker.run(trimmed, terminal, terminal, input, true);
			terminal.flush();
		}
		try {
			reader.getHistory().save();
		}
		catch (java.io.IOException ex) {
			// as above
		}
	}

	private String prompt(LineReader reader) {
		String dataset;
		String cell;
		try {
			dataset = this.datasets.currentDataset();
			cell = this.datasets.exists(dataset) ? String.valueOf(this.notebook.nextCellNumber(dataset)) : "-";
		}
		catch (RuntimeException ex) {
			dataset = "?";
			cell = "-";
		}
		return new AttributedStringBuilder().style(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN))
			.append(dataset)
			.style(AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT))
			.append(" [" + cell + "]> ")
			.style(AttributedStyle.DEFAULT)
			.toAnsi(reader.getTerminal());
	}

	public int exitCode() {
		return this.exitCode;
	}

}
