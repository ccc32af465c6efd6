package org.crosscheck.extraction;

/** How precisely a date is known. */
public enum DatePrecision {

	DAY, MONTH, QUARTER, YEAR

}
