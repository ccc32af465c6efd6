package org.crosscheck.discrepancy;

/** How much a finding matters to a reader checking the story, lowest first. */
public enum Severity {

	LOW, MEDIUM, HIGH

}
