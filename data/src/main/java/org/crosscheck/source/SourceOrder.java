package org.crosscheck.source;

/**
 * The orders a page of sources can come in: by number, or by title, outlet or publication
 * date (then number).
 */
public enum SourceOrder {

	NUMBER("num"), TITLE("lower(title)"), OUTLET("lower(outlet)"), PUBLISHED("published");

	private final String column;

	SourceOrder(String column) {
		this.column = column;
	}

	/** The SQL order-by clause, ties broken by number. */
	String orderBy(boolean descending) {
		String direction = descending ? " desc" : "";
		return this == NUMBER ? "num" + direction
				: this.column + direction + (descending ? " nulls last" : " nulls first") + ", num";
	}

}
