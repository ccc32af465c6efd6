package org.crosscheck.shell.base;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

import org.crosscheck.common.CrosscheckException;

/**
 * Whether the console is interactive, and how progress that is not part of a command's output
 * is shown: a bar redrawn in place where a person watches a terminal, plain lines on standard
 * error when asked for ({@code CROSSCHECK_PROGRESS=lines}), nothing otherwise, so that what a
 * script reads is the command's output and its notices, in the order they happened.
 */
public final class ConsoleMode {

	/** How progress is shown. */
	public enum ProgressStyle {

		/** A bar redrawn in place, cleared when done. */
		BAR,
		/** A plain line at most once a second, and the last one. */
		LINES,
		/** Not at all. */
		NONE

	}

	private volatile boolean interactive;

	private volatile PrintWriter progress = new PrintWriter(System.err, true);

	private volatile ProgressStyle style = ProgressStyle.NONE;

	private volatile Integer clientColumns;

	private volatile Boolean clientTerminal;

	public boolean interactive() {
		return this.interactive;
	}

	public PrintWriter progress() {
		return this.progress;
	}

	public ProgressStyle progressStyle() {
		return this.style;
	}


	/**
	 * The width of the user's terminal in columns, or null when unknown: what a console daemon's client reported for
	 * the command under way, else {@code COLUMNS} from the environment.
	 */
	public Integer columns() {
		Integer client = this.clientColumns;
		if (client != null) {
			return client;
		}
		try {
			String columns = System.getenv("COLUMNS");
			return columns == null || columns.isBlank() ? null : Integer.valueOf(columns.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Whether the command's standard output is a terminal, as a console daemon's client reported it; null when this
	 * process's own standard output is the command's (then ask the process).
	 */
	public Boolean clientTerminal() {
		return this.clientTerminal;
	}

	/** What a console daemon's client reported of its terminal for the command it runs next; nulls when none. */
	public void client(Integer columns, Boolean terminal) {
		this.clientColumns = columns;
		this.clientTerminal = terminal;
	}

	void set(boolean interactive, PrintWriter progress, ProgressStyle style) {
		this.interactive = interactive;
		this.progress = progress;
		this.style = style;
	}

	/**
	 * The progress style of one-shot use for the setting {@code crosscheck.progress} ({@code CROSSCHECK_PROGRESS}):
	 * {@code auto} (a bar on a terminal, else none), {@code bar}, {@code lines} or {@code none}.
	 */
	static ProgressStyle oneShotStyle(String setting) {
		String value = setting == null || setting.isBlank() ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "auto" -> onTerminal() ? ProgressStyle.BAR : ProgressStyle.NONE;
			case "bar" -> ProgressStyle.BAR;
			case "lines" -> ProgressStyle.LINES;
			case "none", "off" -> ProgressStyle.NONE;
			default -> throw CrosscheckException
				.invalid("CROSSCHECK_PROGRESS is '" + setting + "'; use auto, bar, lines or none");
		};
	}

	/** Whether a person sits at a terminal: standard input and output are a terminal. */
	private static boolean onTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22+: a console may stand for redirected streams; isTerminal says whether it is a terminal.
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// Java 21 has a console only on a terminal.
			return true;
		}
	}

}
