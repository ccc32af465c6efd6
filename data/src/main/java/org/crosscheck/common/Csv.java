package org.crosscheck.common;

import java.util.List;

/**
 * Writes CSV as RFC 4180 defines it: CRLF line ends, a header row, fields in double
 * quotes when they hold a comma, a quote or a line break, quotes doubled. A text field
 * that starts like a spreadsheet formula gets a leading apostrophe: source words must
 * stay words.
 */
public final class Csv {

	private final StringBuilder out = new StringBuilder();

	private int rows;

	public Csv(List<String> header) {
		row(header);
		this.rows = 0;
	}

	public Csv row(List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(field(fields.get(i)));
		}
		this.out.append("\r\n");
		this.rows++;
		return this;
	}

	public int rows() {
		return this.rows;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	public static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
		if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
