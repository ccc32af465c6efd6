package org.crosscheck.shell.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.notebook.Cell;
import org.crosscheck.notebook.CellKind;
import org.crosscheck.notebook.NotebookScript;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.notebook.OutputComparison;
import org.crosscheck.shell.base.CommandInvoker;
import org.crosscheck.shell.base.ConsoleMode;
import org.crosscheck.shell.base.Ids;
import org.crosscheck.shell.base.Output;
import org.crosscheck.shell.base.Output.Column;
import org.crosscheck.shell.base.Paths;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The notebook: prose notes, reading cells, re-running them, export and replay. */
@Component
public class NotebookCommands {

	static final String GROUP = "Notebook";

	private final NotebookService notebook;

	private final DatasetService datasets;

	// The invoker runs commands, this class's among them: fetch it when needed.
	private final ObjectProvider<CommandInvoker> invoker;

	private final ConsoleMode mode;

	NotebookCommands(NotebookService notebook, DatasetService datasets, ObjectProvider<CommandInvoker> invoker,
			ConsoleMode mode) {
		this.notebook = notebook;
		this.datasets = datasets;
		this.invoker = invoker;
		this.mode = mode;
	}

	@Command(name = { "notebook", "note" }, group = GROUP, description = "Add a prose cell (Markdown) to the notebook",
			help = """
					notebook note TEXT
					In the interactive console, `notebook note` alone reads several lines until a line with a single '.'.
					Example: notebook note "The two sources disagree on the verb: suspended vs disabled."
					""")
	public String note(CommandContext context, @Arguments List<String> words) throws Exception {
		String text = words == null ? "" : String.join(" ", words);
		if (text.isBlank() && this.mode.interactive()) {
			StringBuilder lines = new StringBuilder();
			context.outputWriter().println("Type the note (Markdown); end with a line holding a single '.'");
			context.outputWriter().flush();
			while (true) {
				String line = context.inputReader().readInput();
				if (line == null || line.strip().equals(".")) {
					break;
				}
				lines.append(line).append('\n');
			}
			text = lines.toString();
		}
		Cell cell = this.notebook.addNote(dataset(), text);
		return "Added note [" + cell.number() + "].";
	}

	@Command(name = { "notebook", "cells" }, group = GROUP,
			description = "List the notebook's cells; stale ones read data that has changed since",
			help = "notebook cells [--last N] [--format table|csv|json]\nExample: notebook cells --last 10")
	public String cells(@Option(longName = "last", description = "only the last N cells") Integer last,
			@Option(longName = "format", description = "table, csv or json") String format) {
		List<Cell> all = this.notebook.cells(dataset(), 0);
		List<Cell> shown = last == null || last <= 0 || last >= all.size() ? all
				: all.subList(all.size() - last, all.size());
		return Output.render(format, shown, new Column<Cell>("cell", Cell::number),
				new Column<Cell>("kind", c -> c.kind().name().toLowerCase()),
				new Column<Cell>("status", c -> c.kind() == CellKind.PROSE ? "" : c.status().name().toLowerCase()),
				new Column<Cell>("stale", c -> staleMark(all, c)), new Column<Cell>("ms", Cell::durationMillis),
				new Column<Cell>("input", Cell::input));
	}

	private static String staleMark(List<Cell> all, Cell cell) {
		if (!cell.stale()) {
			return "";
		}
		Cell later = NotebookService.supersededBy(all, cell);
		return later == null ? "stale" : "stale, re-run as " + later.number();
	}

	@Command(name = { "notebook", "show" }, group = GROUP, description = "Show one cell with its output",
			help = "notebook show N\nExample: notebook show 3")
	public String show(@Argument(index = 0, description = "the cell's number") String number) {
		Cell cell = this.notebook.cell(dataset(), Ids.parse(number, "cell"));
		StringBuilder out = new StringBuilder();
		out.append("[").append(cell.number()).append("] ").append(cell.kind().name().toLowerCase());
		if (cell.kind() == CellKind.COMMAND) {
			out.append(" · ")
				.append(cell.status().name().toLowerCase())
				.append(" · ")
				.append(cell.startedAt())
				.append(" · ")
				.append(cell.durationMillis())
				.append(" ms · revision ")
				.append(cell.revision())
				.append(cell.stale() ? " · STALE: data it read has changed since" : "");
		}
		out.append("\n\n").append(cell.input());
		if (cell.output() != null && !cell.output().isEmpty()) {
			out.append("\n\n").append(cell.output());
		}
		return out.toString();
	}

	@Command(name = { "notebook", "rerun" }, group = GROUP,
			description = "Run a cell's command again as a new cell, or every stale cell in order",
			help = "notebook rerun N | notebook rerun --stale\nExample: notebook rerun --stale")
	public void rerun(CommandContext context, @Argument(index = 0, description = "the cell's number") String number,
			@Option(longName = "stale", description = "re-run every stale cell, oldest first") boolean stale) {
		String dataset = dataset();
		List<Integer> numbers;
		if (stale) {
			numbers = this.notebook.staleCells(dataset);
			if (numbers.isEmpty()) {
				context.outputWriter().println("No stale cells: every output still holds.");
				return;
			}
		}
		else {
			numbers = List.of(Ids.parse(number, "cell"));
		}
		for (Integer n : numbers) {
			Cell cell = this.notebook.cell(dataset, n);
			if (cell.kind() != CellKind.COMMAND) {
				throw CrosscheckException
					.invalid("cell " + n + " is a note, not a command; only commands can be re-run");
			}
			context.outputWriter().println("— re-running [" + n + "] " + cell.input());
			context.outputWriter().flush();
			CommandInvoker.Outcome outcome = this.invoker.getObject()
				.run(cell.input(), context.outputWriter(), context.outputWriter(), context.inputReader(), true);
			if (!outcome.ok()) {
				throw CrosscheckException.invalid("re-running cell " + n + " failed (see above)");
			}
		}
	}

	@Command(name = { "notebook", "export" }, group = GROUP,
			description = "Write the notebook to a file: .md (replayable), .ipynb (Jupyter) or .html",
			help = "notebook export FILE\nExample: notebook export investigation.ipynb")
	public String export(@Argument(index = 0, description = "the file; its extension chooses the format") String file) {
		if (file == null || file.isBlank()) {
			throw CrosscheckException.invalid("name the file: notebook export notebook.md (or .ipynb, .html)");
		}
		Path path = Paths.resolve(file);
		int cells = this.notebook.export(dataset(), path);
		return "Wrote " + cells + " cells to " + path + ".";
	}

	@Command(name = { "notebook", "run" }, alias = "run", group = GROUP,
			description = "Replay the commands of an exported .md notebook or a script into the current dataset",
			help = """
					notebook run FILE [--keep-going] [--check]   (also: ./crosscheck run FILE)
					A script has one command a line; lines starting with # are comments. Relative file names in it
					resolve against the working directory, then against the script's folder. A notebook replays into
					the current dataset: its `dataset new` and `dataset use` cells are skipped (a script runs them).
					Stops at the first failing command unless --keep-going. --check compares each output with the one
					recorded in the notebook (times and durations aside) and reports every difference.
					Example: notebook run demo.md --check""")
	public void run(CommandContext context, @Argument(index = 0, description = "the notebook or script") String file,
			@Option(longName = "keep-going", description = "run every command even after one fails") boolean keepGoing,
			@Option(longName = "check", description = "compare outputs with the recorded ones") boolean check) {
		if (file == null || file.isBlank()) {
			throw CrosscheckException.invalid("name the notebook or script to replay: notebook run FILE");
		}
		Path path = Paths.resolve(file);
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw CrosscheckException
				.io("cannot read " + file + " (" + ex.getClass().getSimpleName() + "); check the path", ex);
		}
		List<NotebookScript.Step> steps = NotebookScript.parse(text);
		boolean notebookFile = NotebookScript.isNotebook(text);
		if (steps.isEmpty()) {
			throw CrosscheckException.invalid(file + " holds no commands: a script has one command a line, "
					+ "a notebook has ```crosscheck blocks");
		}
		var out = context.outputWriter();
		List<String> failures = new ArrayList<>();
		List<String> differences = new ArrayList<>();
		Path folder = path.toAbsolutePath().getParent();
		for (NotebookScript.Step step : steps) {
			if (step.note()) {
				this.notebook.addNote(dataset(), step.input());
				continue;
			}
			out.println(">>> " + step.input());
			if (notebookFile && this.invoker.getObject().choosesDataset(step.input())) {
				// A notebook is one dataset's work; it replays into the current dataset,
				// whatever it was made in.
				out.println("(skipped: a notebook replays into the current dataset, " + dataset() + ")");
				continue;
			}
			out.flush();
			CommandInvoker.Outcome outcome = Paths.withScriptFolder(folder,
					() -> this.invoker.getObject().run(step.input(), out, out, context.inputReader(), true));
			String where = "line " + step.line()
					+ (outcome.cellNumber() == null ? "" : " (cell " + outcome.cellNumber() + ")");
			if (check && step.recordedOutput() != null) {
				String difference = OutputComparison.difference(step.recordedOutput(), outcome.output());
				if (difference != null) {
					differences.add(where + " `" + step.input() + "`:\n" + difference);
				}
			}
			if (!outcome.ok()) {
				String reason = outcome.output()
					.lines()
					.filter(l -> l.startsWith("error: "))
					.reduce((a, b) -> b)
					.orElse("exit status " + outcome.exitCode());
				failures.add(where + " `" + step.input() + "` failed: " + reason.replaceFirst("^error: ", ""));
				if (!keepGoing) {
					break;
				}
			}
		}
		if (check) {
			out.println(differences.isEmpty() ? "Check: every output matches the recorded one."
					: "Check: " + differences.size() + " output(s) differ from the recorded ones:");
			differences.forEach(out::println);
		}
		out.flush();
		if (!failures.isEmpty()) {
			throw CrosscheckException.invalid(failures.size() == 1 ? failures.get(0)
					: failures.size() + " commands failed; first: " + failures.get(0));
		}
		if (!differences.isEmpty()) {
			throw CrosscheckException
				.conflict(differences.size() + " output(s) differ from the recorded notebook (above)");
		}
	}

	private String dataset() {
		return this.datasets.currentDataset();
	}

}
