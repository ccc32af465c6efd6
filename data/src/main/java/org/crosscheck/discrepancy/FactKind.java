package org.crosscheck.discrepancy;

/** What kind of already-extracted fact a {@link Fact} is. */
public enum FactKind {

	MONEY, DATE, QUOTE, ENTITY

}
