package org.crosscheck.shell.base;

import java.io.PrintWriter;

/**
 * Whether the console is interactive, and where progress that is not part of a command's
 * output goes: the terminal's status line when interactive, standard error otherwise.
 */
public final class ConsoleMode {

	private volatile boolean interactive;

	private volatile PrintWriter progress = new PrintWriter(System.err, true);

	public boolean interactive() {
		return this.interactive;
	}

	public PrintWriter progress() {
		return this.progress;
	}

	void set(boolean interactive, PrintWriter progress) {
		this.interactive = interactive;
		this.progress = progress;
	}

}
