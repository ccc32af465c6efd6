package org.crosscheck.shell;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.crosscheck.shell.base.CommandInvoker;

import org.springframework.shell.core.InputReader;

/** Types command lines into the console as a user would and keeps what it printed. */
public final class Console {

	private final CommandInvoker invoker;

	public Console(CommandInvoker invoker) {
		this.invoker = invoker;
	}

	/**
	 * The result of one command: exit status, standard output and the error line, if any.
	 */
	public record Result(int exitCode, String output, String error, Integer cell) {
	}

	public Result run(String line) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandInvoker.Outcome outcome = this.invoker.run(line, new PrintWriter(out, true), new PrintWriter(err, true),
				new InputReader() {
				}, true);
		return new Result(outcome.exitCode(), out.toString().strip(), err.toString().strip(), outcome.cellNumber());
	}

}
