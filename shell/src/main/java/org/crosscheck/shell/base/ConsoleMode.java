package org.crosscheck.shell.base;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntSupplier;

import org.crosscheck.common.CrosscheckException;

/**
 * Whether the console is interactive, and how progress that is not part of a command's
 * output is shown: a bar redrawn in place where a person watches a terminal, plain lines
 * on standard error when asked for ({@code CROSSCHECK_PROGRESS=lines}), nothing
 * otherwise, so that what a script reads is the command's output and its notices, in the
 * order they happened; and how wide a line of output may be.
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

	/** The width of output lines when no terminal says otherwise. */
	public static final int DEFAULT_WIDTH = 100;

	/**
	 * Narrower than this, a width is taken for a mistake (a terminal reporting 0 or 1
	 * column).
	 */
	static final int MIN_WIDTH = 40;

	private volatile IntSupplier terminalWidth = () -> 0;

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
	 * How many columns a line of output may take: the terminal's width when interactive,
	 * else the width a console daemon's client reported for the command under way, else
	 * {@code $COLUMNS} when it is set, else {@link #DEFAULT_WIDTH}.
	 */
	public int width() {
		Integer client = this.clientColumns;
		int terminal = this.terminalWidth.getAsInt();
		return width(terminal >= MIN_WIDTH || client == null ? terminal : client, System.getenv("COLUMNS"));
	}

	static int width(int terminal, String columns) {
		if (terminal >= MIN_WIDTH) {
			return terminal;
		}
		if (columns != null && columns.strip().matches("\\d{1,4}")) {
			int value = Integer.parseInt(columns.strip());
			if (value >= MIN_WIDTH) {
				return value;
			}
		}
		return DEFAULT_WIDTH;
	}

	/**
	 * Whether the command's standard output is a terminal, as a console daemon's client
	 * reported it; null when this process's own standard output is the command's (then
	 * ask the process).
	 */
	public Boolean clientTerminal() {
		return this.clientTerminal;
	}

	/**
	 * What a console daemon's client reported of its terminal for the command it runs
	 * next; nulls when none.
	 */
	public void client(Integer columns, Boolean terminal) {
		this.clientColumns = columns;
		this.clientTerminal = terminal;
	}

	void set(boolean interactive, PrintWriter progress, ProgressStyle style) {
		set(interactive, progress, style, () -> 0);
	}

	/**
	 * Interactive use on a terminal whose width {@code terminalWidth} reads at each
	 * command.
	 */
	void set(boolean interactive, PrintWriter progress, IntSupplier terminalWidth) {
		set(interactive, progress, interactive ? ProgressStyle.BAR : ProgressStyle.NONE, terminalWidth);
	}

	private void set(boolean interactive, PrintWriter progress, ProgressStyle style, IntSupplier terminalWidth) {
		this.interactive = interactive;
		this.progress = progress;
		this.style = style;
		this.terminalWidth = terminalWidth;
	}

	/**
	 * The progress style of one-shot use for the setting {@code crosscheck.progress}
	 * ({@code CROSSCHECK_PROGRESS}): {@code auto} (a bar on a terminal, else none),
	 * {@code bar}, {@code lines} or {@code none}.
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
			// Java 22+: a console may stand for redirected streams; isTerminal says
			// whether it is a terminal.
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// Java 21 has a console only on a terminal.
			return true;
		}
	}

}
