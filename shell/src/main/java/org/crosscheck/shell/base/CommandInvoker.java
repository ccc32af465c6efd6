package org.crosscheck.shell.base;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.notebook.CellStatus;
import org.crosscheck.notebook.NotebookService;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.stereotype.Component;

/**
 * Runs one command line as a notebook cell: parses it ({@link CommandParser}), runs it
 * with its output both shown and captured, translates failures into one line, and records
 * the cell in the current dataset's notebook.
 */
@Component
public class CommandInvoker {

	private static final Log log = LogFactory.getLog(CommandInvoker.class);

	/**
	 * Commands that choose the dataset the work goes into. They are no part of a
	 * dataset's work: a notebook replayed elsewhere goes into the dataset it is replayed
	 * into.
	 */
	private static final Set<String> CHOOSING_DATASET = Set.of("dataset new", "dataset use");

	/**
	 * Commands that only look around, choose the dataset or leave the console are not
	 * recorded as cells.
	 */
	private static final Set<String> UNRECORDED = Stream
		.concat(CHOOSING_DATASET.stream(),
				Stream.of("help", "history", "clear", "version", "exit", "quit", "notebook note", "notebook cells",
						"notebook show", "notebook export", "notebook run", "notebook rerun", "run", "dashboard start",
						"dashboard stop", "dashboard status", "dataset list", "daemon status", "daemon stop"))
		.collect(Collectors.toUnmodifiableSet());

	private final CommandRegistry registry;

	private final NotebookService notebook;

	private final DatasetService datasets;

	private final CommandParser parser;

	public CommandInvoker(CommandRegistry registry, NotebookService notebook, DatasetService datasets) {
		this.registry = registry;
		this.parser = new CommandParser(registry);
		this.notebook = notebook;
		this.datasets = datasets;
	}

	/** What one run of a command gave. */
	public record Outcome(int exitCode, String output, Integer cellNumber) {

		public boolean ok() {
			return this.exitCode == 0;
		}

	}

	/**
	 * Runs {@code line}, printing to {@code terminal} as it goes.
	 * @param errors where a failure's one-line message goes (stderr when not interactive)
	 * @param record whether to record the run as a notebook cell
	 */
	public Outcome run(String line, PrintWriter terminal, PrintWriter errors, InputReader input, boolean record) {
		String input1 = line.strip();
		Instant started = Instant.now();
		String dataset = currentDatasetOrNull();
		long revisionBefore = revisionOf(dataset);
		StringWriter captured = new StringWriter();
		PrintWriter out = new PrintWriter(new TeeWriter(terminal, captured), true);
		ReadTracker.reset();
		int exitCode;
		String commandName = null;
		try {
			List<String> words = CommandLine.split(input1);
			if (words.isEmpty()) {
				return new Outcome(0, "", null);
			}
			CommandParser.Parsed resolved = this.parser.parse(words);
			commandName = resolved.command().getName();
			ExitStatus status = resolved.command()
				.execute(new CommandContext(resolved.parsed(), this.registry, out, input));
			out.flush();
			exitCode = status.code();
			if (exitCode != 0 && status.description() != null && !status.description().isBlank()) {
				errors.println("error: " + status.description());
				captured.append("error: ").append(status.description()).append('\n');
			}
		}
		catch (Exception | Error ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof Paths.ElsewhereException elsewhere) {
					// Nothing was done: the command runs again in a process of its own
					// (Paths.withWorkingDirectory).
					throw elsewhere;
				}
			}
			out.flush();
			Errors.Failure failure = Errors.translate(ex);
			if (failure.exitCode() == Errors.INTERNAL) {
				log.error("command failed: " + input1, ex);
			}
			errors.println("error: " + failure.message());
			errors.flush();
			captured.append("error: ").append(failure.message()).append('\n');
			exitCode = failure.exitCode();
		}
		Integer cellNumber = null;
		if (record && dataset != null && (commandName == null || !UNRECORDED.contains(commandName))) {
			Set<Area> reads = ReadTracker.read();
			reads.remove(Area.NOTEBOOK);
			// A command that changed the data is an action, not a view: what it printed
			// is a record of
			// what it did, which later changes do not make untrue. Only views become
			// stale.
			if (revisionOf(dataset) != revisionBefore) {
				reads.clear();
			}
			try {
				cellNumber = this.notebook
					.recordCommand(dataset, input1, stripTrailingNewline(captured.toString()),
							exitCode == 0 ? CellStatus.OK : CellStatus.ERROR, started,
							Duration.between(started, Instant.now()).toMillis(), reads)
					.number();
			}
			catch (RuntimeException ex) {
				// The dataset may have gone (removed by another process); the command
				// itself ran.
				log.warn("could not record the cell: " + ex.getMessage());
			}
		}
		return new Outcome(exitCode, captured.toString(), cellNumber);
	}

	/**
	 * Whether {@code line} is a command that chooses the dataset ({@code dataset new},
	 * {@code dataset use}).
	 */
	public boolean choosesDataset(String line) {
		try {
			List<String> words = CommandLine.split(line.strip());
			return !words.isEmpty() && CHOOSING_DATASET.contains(this.parser.parse(words).command().getName());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private String currentDatasetOrNull() {
		try {
			String current = this.datasets.currentDataset();
			return this.datasets.exists(current) ? current : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private long revisionOf(String dataset) {
		try {
			return dataset == null ? -1 : this.datasets.revision(dataset);
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private static String stripTrailingNewline(String text) {
		return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
	}

	/** Writes to the terminal and keeps a copy for the notebook. */
	private static final class TeeWriter extends Writer {

		private final Writer terminal;

		private final StringWriter copy;

		TeeWriter(Writer terminal, StringWriter copy) {
			this.terminal = terminal;
			this.copy = copy;
		}

		@Override
		public void write(char[] buffer, int offset, int length) {
			try {
				this.terminal.write(buffer, offset, length);
			}
			catch (java.io.IOException ex) {
				// The terminal went away; the notebook still gets the output.
			}
			this.copy.write(buffer, offset, length);
		}

		@Override
		public void flush() {
			try {
				this.terminal.flush();
			}
			catch (java.io.IOException ex) {
				// as above
			}
		}

		@Override
		public void close() {
			flush();
		}

	}

}
