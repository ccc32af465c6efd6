package org.crosscheck.shell.base;

import java.io.PrintWriter;

/**
 * Whether the console is interactive, and where progress that is not part of a command's
 * output goes: the terminal's status line when interactive, standard error otherwise.
 */
public final class ConsoleMode {

	private volatile boolean interactive;

	private volatile PrintWriter progress = new PrintWriter(System.err, true);

	private volatile Integer clientColumns;

	private volatile Boolean clientTerminal;

	public boolean interactive() {
		return this.interactive;
	}

	public PrintWriter progress() {
		return this.progress;
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

	void set(boolean interactive, PrintWriter progress) {
		this.interactive = interactive;
		this.progress = progress;
	}

}
