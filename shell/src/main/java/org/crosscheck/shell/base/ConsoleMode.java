package org.crosscheck.shell.base;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Whether the console is interactive, where progress that is not part of a command's output
 * goes (the terminal's status line when interactive, standard error otherwise), and how wide
 * a line of output may be.
 */
public final class ConsoleMode {

	private volatile boolean interactive;

	/** The width of output lines when no terminal says otherwise. */
	public static final int DEFAULT_WIDTH = 100;

	/** Narrower than this, a width is taken for a mistake (a terminal reporting 0 or 1 column). */
	static final int MIN_WIDTH = 40;

	private volatile PrintWriter progress = new PrintWriter(System.err, true);

	private volatile IntSupplier terminalWidth = () -> 0;

	public boolean interactive() {
		return this.interactive;
	}

	public PrintWriter progress() {
		return this.progress;
	}

	/**
	 * How many columns a line of output may take: the terminal's width when interactive, else
	 * {@code $COLUMNS} when it is set, else {@link #DEFAULT_WIDTH}.
	 */
	public int width() {
		return width(this.terminalWidth.getAsInt(), System.getenv("COLUMNS"));
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

	void set(boolean interactive, PrintWriter progress) {
		set(interactive, progress, () -> 0);
	}

	void set(boolean interactive, PrintWriter progress, IntSupplier terminalWidth) {
		this.interactive = interactive;
		this.progress = progress;
		this.terminalWidth = terminalWidth;
	}

}
