package org.crosscheck.shell.base;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.notebook.CellStatus;
import org.crosscheck.notebook.NotebookService;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Runs one command line as a notebook cell: parses it against the command's declared
 * options, runs it with its output both shown and captured, translates failures into one
 * line, and records the cell in the current dataset's notebook.
 */
@Component
public class CommandInvoker {

	private static final Log log = LogFactory.getLog(CommandInvoker.class);

	/** Commands that only look around or leave the console are not recorded as cells. */
	private static final Set<String> UNRECORDED = Set.of("help", "history", "clear", "version", "exit", "quit",
			"notebook note", "notebook cells", "notebook show", "notebook export", "notebook run", "notebook rerun", "run", "dashboard start", "dashboard stop",
			"dashboard status", "dataset list", "daemon status", "daemon stop");

	private final CommandRegistry registry;

	private final NotebookService notebook;

	private final DatasetService datasets;

	public CommandInvoker(CommandRegistry registry, NotebookService notebook, DatasetService datasets) {
		this.registry = registry;
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
			Resolved resolved = resolve(words);
			commandName = resolved.command().getName();
			ExitStatus status = resolved.command().execute(new CommandContext(resolved.parsed(), this.registry, out, input));
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
					// Nothing was done: the command runs again in a process of its own (Paths.withWorkingDirectory).
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
			// A command that changed the data is an action, not a view: what it printed is a record of
			// what it did, which later changes do not make untrue. Only views become stale.
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
				// The dataset may have gone (removed by another process); the command itself ran.
				log.warn("could not record the cell: " + ex.getMessage());
			}
		}
		return new Outcome(exitCode, captured.toString(), cellNumber);
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

	private record Resolved(Command command, ParsedInput parsed) {
	}

	/** Finds the longest command name the words start with, then reads options and arguments. */
	Resolved resolve(List<String> words) {
		Command command = null;
		int used = 0;
		for (int n = Math.min(3, words.size()); n >= 1 && command == null; n--) {
			String name = String.join(" ", words.subList(0, n));
			command = this.registry.getCommandByName(name);
			if (command == null) {
				command = this.registry.getCommandByAlias(name);
			}
			used = n;
		}
		if (command == null) {
			String first = words.get(0);
			List<Command> group = this.registry.getCommandsByPrefix(first + " ");
			if (!group.isEmpty() && words.size() >= 1) {
				StringBuilder names = new StringBuilder();
				group.stream().map(Command::getName).sorted().forEach(n -> names.append(names.isEmpty() ? "" : ", ").append(n));
				throw new UnknownCommandException("`" + String.join(" ", words.subList(0, Math.min(2, words.size())))
						+ "` is not a command; " + first + " has: " + names);
			}
			throw new UnknownCommandException("unknown command `" + first + "`; `help` lists the commands");
		}
		ParsedInput.Builder parsed = ParsedInput.builder().commandName(words.get(0));
		for (String sub : words.subList(1, used)) {
			parsed.addSubCommand(sub);
		}
		Map<String, CommandOption> declared = new LinkedHashMap<>();
		for (CommandOption option : command.getOptions()) {
			declared.put(option.longName(), option);
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		List<String> arguments = new ArrayList<>();
		boolean onlyArguments = false;
		List<String> rest = words.subList(used, words.size());
		for (int i = 0; i < rest.size(); i++) {
			String word = rest.get(i);
			if (onlyArguments || !word.startsWith("-") || word.equals("-") || isNumber(word)) {
				arguments.add(word);
				continue;
			}
			if (word.equals("--")) {
				onlyArguments = true;
				continue;
			}
			if (word.equals("-h") || word.equals("--help")) {
				values.put("help", List.of("true"));
				continue;
			}
			String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			CommandOption option = declared.get(name);
			if (option == null && name.length() == 1) {
				char shortName = name.charAt(0);
				option = declared.values().stream().filter(o -> o.shortName() == shortName).findFirst().orElse(null);
			}
			if (option == null) {
				throw new Errors.UsageException("`" + command.getName() + "` has no option " + word + "; `help "
						+ command.getName() + "` shows its options");
			}
			boolean flag = option.type() == boolean.class || option.type() == Boolean.class;
			if (value == null) {
				if (flag) {
					boolean explicit = i + 1 < rest.size()
							&& (rest.get(i + 1).equals("true") || rest.get(i + 1).equals("false"));
					value = explicit ? rest.get(++i) : "true";
				}
				else if (i + 1 < rest.size()) {
					value = rest.get(++i);
				}
				else {
					throw new Errors.UsageException("option --" + option.longName() + " of `" + command.getName()
							+ "` needs a value; `help " + command.getName() + "` shows what it takes");
				}
			}
			values.computeIfAbsent(option.longName(), key -> new ArrayList<>()).add(value);
		}
		if (values.containsKey("help")) {
			parsed.addOption(CommandOption.with().shortName('h').longName("help").value("true").build());
			return new Resolved(command, parsed.build());
		}
		for (Map.Entry<String, List<String>> entry : values.entrySet()) {
			// A repeated option (--tag a --tag b) reaches a list parameter as one comma-separated value.
			parsed.addOption(CommandOption.with()
				.longName(entry.getKey())
				.value(String.join(",", entry.getValue()))
				.build());
		}
		for (int i = 0; i < arguments.size(); i++) {
			parsed.addArgument(new CommandArgument(i, arguments.get(i)));
		}
		return new Resolved(command, parsed.build());
	}

	private static boolean isNumber(String word) {
		return word.matches("-\\d+(\\.\\d+)?");
	}

	/** A command line whose first words name no command. */
	public static class UnknownCommandException extends Errors.UsageException {

		public UnknownCommandException(String message) {
			super(message);
		}

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
