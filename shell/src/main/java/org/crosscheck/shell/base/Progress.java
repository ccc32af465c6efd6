package org.crosscheck.shell.base;

import java.io.PrintWriter;

import org.crosscheck.source.ImportListener;

/**
 * Shows a long operation's progress as the console's mode says
 * ({@link ConsoleMode.ProgressStyle}): a bar redrawn in place on a terminal, plain lines
 * at most once a second, or nothing. Progress is not part of the command's output.
 */
public final class Progress implements ImportListener {

	private static final int BAR = 30;

	private final PrintWriter out;

	private final ConsoleMode.ProgressStyle style;

	private final String what;

	private long lastPrinted;

	public Progress(ConsoleMode mode, String what) {
		this.out = mode.progress();
		this.style = mode.progressStyle();
		this.what = what;
	}

	@Override
	public void progress(int done, int total, String file) {
		if (total < 2 || this.style == ConsoleMode.ProgressStyle.NONE) {
			return;
		}
		long now = System.nanoTime();
		boolean last = done == total;
		if (this.style == ConsoleMode.ProgressStyle.BAR) {
			int filled = (int) ((long) BAR * done / total);
			this.out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + " "
					+ this.what + (last ? "\r" + " ".repeat(BAR + 40) + "\r" : ""));
			this.out.flush();
		}
		else if (last || now - this.lastPrinted > 1_000_000_000L) {
			this.lastPrinted = now;
			this.out.println(this.what + ": " + done + "/" + total);
		}
	}

}
