package org.crosscheck.notebook;

/** A cell holds a command with its output, or the user's prose. */
public enum CellKind {

	COMMAND, PROSE

}
