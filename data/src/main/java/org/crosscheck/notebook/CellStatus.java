package org.crosscheck.notebook;

/** How a command cell ended. */
public enum CellStatus {

	OK, ERROR

}
