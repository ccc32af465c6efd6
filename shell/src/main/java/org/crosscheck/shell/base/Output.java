package org.crosscheck.shell.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Csv;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders listings as an aligned table, CSV (RFC 4180) or JSON, the three forms every
 * listing command offers through {@code --format}.
 */
public final class Output {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final int MAX_CELL = 60;

	private Output() {
	}

	/** The forms a listing can take. */
	public enum Format {

		TABLE, CSV, JSON;

		public static Format of(String text) {
			if (text == null || text.isBlank()) {
				return TABLE;
			}
			try {
				return valueOf(text.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw CrosscheckException.invalid("unknown format '" + text + "'; use --format table, csv or json");
			}
		}

	}

	/** One column of a listing: its heading and how to get its value from a row. */
	public record Column<T>(String heading, Function<T, Object> value) {
	}

	@SafeVarargs
	public static <T> String render(String format, List<T> rows, Column<T>... columns) {
		return switch (Format.of(format)) {
			case JSON -> json(rows);
			case CSV -> csv(rows, columns);
			case TABLE -> table(rows, columns);
		};
	}

	/**
	 * Renders the rows shown of {@code total}; a table that shows fewer says so, so
	 * nobody takes a screenful for the whole list.
	 */
	@SafeVarargs
	public static <T> String render(String format, List<T> shown, int total, Column<T>... columns) {
		String rendered = render(format, shown, columns);
		if (shown.size() < total && Format.of(format) == Format.TABLE) {
			rendered += "\n(" + shown.size() + " of " + total + "; --limit shows more)";
		}
		return rendered;
	}

	/**
	 * How many rows a listing shows without --limit when it is a table: a screenful,
	 * gravest or first ones.
	 */
	private static final int TABLE_LIMIT = 50;

	/**
	 * The limit of a listing: {@code limit} when given, else a screenful for a table
	 * (which is for reading) and everything for csv and json (which are for programs);
	 * null means no limit.
	 */
	public static Integer shownLimit(String format, Integer limit) {
		return limit != null ? limit : Format.of(format) == Format.TABLE ? TABLE_LIMIT : null;
	}

	/**
	 * How many rows a listing has in all, given the rows it shows at the limit it used:
	 * counted only when the limit may have cut the list short.
	 */
	public static int total(List<?> shown, Integer limit, IntSupplier count) {
		return limit == null || shown.size() < limit ? shown.size() : count.getAsInt();
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	@SafeVarargs
	public static <T> String csv(List<T> rows, Column<T>... columns) {
		List<String> headings = new ArrayList<>();
		for (Column<T> column : columns) {
			headings.add(column.heading());
		}
		Csv csv = new Csv(headings);
		for (T row : rows) {
			List<Object> fields = new ArrayList<>();
			for (Column<T> column : columns) {
				fields.add(column.value().apply(row));
			}
			csv.row(fields);
		}
		return csv.toString().stripTrailing();
	}

	@SafeVarargs
	public static <T> String table(List<T> rows, Column<T>... columns) {
		if (rows.isEmpty()) {
			return "(none)";
		}
		int[] widths = new int[columns.length];
		List<String[]> cells = new ArrayList<>();
		for (int c = 0; c < columns.length; c++) {
			widths[c] = columns[c].heading().length();
		}
		for (T row : rows) {
			String[] line = new String[columns.length];
			for (int c = 0; c < columns.length; c++) {
				line[c] = cell(columns[c].value().apply(row));
				widths[c] = Math.max(widths[c], line[c].length());
			}
			cells.add(line);
		}
		StringBuilder out = new StringBuilder();
		String[] headings = new String[columns.length];
		String[] rules = new String[columns.length];
		for (int c = 0; c < columns.length; c++) {
			headings[c] = columns[c].heading();
			rules[c] = "-".repeat(widths[c]);
		}
		appendLine(out, headings, widths);
		appendLine(out, rules, widths);
		for (String[] line : cells) {
			appendLine(out, line, widths);
		}
		return out.toString().stripTrailing();
	}

	private static void appendLine(StringBuilder out, String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < cells.length; c++) {
			if (c > 0) {
				line.append("  ");
			}
			line.append(cells[c]);
			if (c < cells.length - 1) {
				line.append(" ".repeat(widths[c] - cells[c].length()));
			}
		}
		out.append(line.toString().stripTrailing()).append('\n');
	}

	private static String cell(Object value) {
		if (value == null) {
			return "-";
		}
		String text = value.toString().replaceAll("\\s+", " ").strip();
		return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
	}

}
