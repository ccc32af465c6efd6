package org.crosscheck.dataset;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out the numbers people call records by (source 12, annotation 7, cell 40), per
 * dataset and kind of record. A counter row per dataset and kind keeps the next number,
 * so that adding a record costs one row update, not a scan for the highest number; the
 * row is locked until the transaction ends, so concurrent writers get distinct numbers,
 * and a rolled-back transaction gives its numbers back. A number once used is not handed
 * out again, even when its record is removed.
 */
@Component
public class Numbers {

	/** The tables whose records have a number in their dataset. */
	private static final Set<String> NUMBERED = Set.of("source", "entity", "annotation", "suggestion", "contract",
			"event", "discrepancy", "cell", "story");

	private final JdbcClient jdbc;

	Numbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number of a record of {@code table} in the dataset; call inside the
	 * transaction that inserts it.
	 */
	public int next(long datasetId, String table) {
		return reserve(datasetId, table, 1);
	}

	/**
	 * The number the next record of {@code table} in the dataset will get, without
	 * handing it out.
	 */
	public int peek(long datasetId, String table) {
		requireNumbered(table);
		return this.jdbc.sql("select next_num from dataset_counter where dataset_id = ? and name = ?")
			.params(datasetId, table)
			.query(Integer.class)
			.optional()
			.orElseGet(() -> afterHighest(datasetId, table));
	}

	/**
	 * Numbers the rows of a batch insert of records of {@code table}: reserves one number
	 * per row and writes it into column {@code column} of each row, in order.
	 */
	public void number(long datasetId, String table, List<Object[]> rows, int column) {
		if (rows.isEmpty()) {
			return;
		}
		int next = reserve(datasetId, table, rows.size());
		for (Object[] row : rows) {
			row[column] = next++;
		}
	}

	/**
	 * Reserves {@code count} consecutive numbers for records of {@code table} in the
	 * dataset and returns the first; call inside the transaction that inserts them.
	 */
	public int reserve(long datasetId, String table, int count) {
		requireNumbered(table);
		int updated = this.jdbc
			.sql("update dataset_counter set next_num = next_num + ? where dataset_id = ? and name = ?")
			.params(count, datasetId, table)
			.update();
		if (updated == 0) {
			// First use in this dataset (or a dataset older than the counters): start
			// after the highest number.
			int first = afterHighest(datasetId, table);
			this.jdbc.sql("insert into dataset_counter (dataset_id, name, next_num) values (?, ?, ?)")
				.params(datasetId, table, first + count)
				.update();
			return first;
		}
		return this.jdbc.sql("select next_num from dataset_counter where dataset_id = ? and name = ?")
			.params(datasetId, table)
			.query(Integer.class)
			.single() - count;
	}

	private static void requireNumbered(String table) {
		if (!NUMBERED.contains(table)) {
			throw new IllegalArgumentException("no numbered records in table " + table);
		}
	}

	/**
	 * The number after the highest one of the dataset's records of {@code table}: where a
	 * new counter starts.
	 */
	private int afterHighest(long datasetId, String table) {
		return this.jdbc.sql("select coalesce(max(num), 0) + 1 from " + table + " where dataset_id = ?")
			.param(datasetId)
			.query(Integer.class)
			.single();
	}

}
