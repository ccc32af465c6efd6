package org.crosscheck.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the features' SQL shares without naming a table: reading a dataset's rows a page
 * at a time, and the column types every table uses. Each feature writes the SQL of its
 * own tables; this only runs it.
 */
public final class Rows {

	/**
	 * Rows a page: a few hundred articles are a few MB, and each page is one look-up in
	 * the number index.
	 */
	public static final int PAGE = 250;

	/**
	 * Keys a query's {@code in} list names at most, so that no statement grows without
	 * bound.
	 */
	public static final int SLICE = 1000;

	private Rows() {
	}

	/**
	 * Hands the dataset's rows to {@code record} in number order, a page at a time.
	 * {@code sql} is the owner's query with three parameters, dataset, last number seen
	 * and page size, ending in
	 * {@code where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only}.
	 * Each page starts after the last number of the one before (keyset pagination, not an
	 * offset), so every page is one look-up in the (dataset, number) index however deep
	 * into the table it is, and a page in memory is all that either database holds: H2
	 * embedded materialises a query's whole result before handing over its first row. The
	 * order names the dataset too, though it is fixed: only then does H2 see that the
	 * index gives the order and stop after a page.
	 */
	public static <T> void pages(JdbcClient jdbc, String sql, long datasetId, int page, RowMapper<T> mapper,
			ToIntFunction<T> num, Consumer<? super T> record) {
		if (page <= 0) {
			throw new IllegalArgumentException("a page holds one row or more");
		}
		int after = Integer.MIN_VALUE;
		List<T> rows;
		do {
			rows = jdbc.sql(sql).params(datasetId, after, page).query(mapper).list();
			rows.forEach(record);
			if (!rows.isEmpty()) {
				after = num.applyAsInt(rows.getLast());
			}
		}
		while (rows.size() == page);
	}

	/** The keys (or rows) in slices that an {@code in (:keys)} list takes. */
	public static <T> List<List<T>> slices(Collection<T> keys) {
		List<T> all = List.copyOf(keys);
		List<List<T>> slices = new ArrayList<>();
		for (int from = 0; from < all.size(); from += SLICE) {
			slices.add(all.subList(from, Math.min(all.size(), from + SLICE)));
		}
		return slices;
	}

	/**
	 * The two columns of the owner's query {@code sql} as a map, for each slice of
	 * {@code keys} (its parameter {@code :keys}) and, unless null, the dataset (its
	 * parameter {@code :dataset}).
	 */
	public static <K, V> Map<K, V> pairs(JdbcClient jdbc, String sql, Long datasetId, Collection<?> keys,
			Class<K> keyType, Class<V> valueType) {
		Map<K, V> pairs = new HashMap<>();
		for (List<?> slice : slices(keys)) {
			JdbcClient.StatementSpec statement = jdbc.sql(sql).param("keys", slice);
			if (datasetId != null) {
				statement = statement.param("dataset", datasetId);
			}
			statement.query((rs, row) -> pairs.put(rs.getObject(1, keyType), rs.getObject(2, valueType))).list();
		}
		return pairs;
	}

	/**
	 * The two columns of the owner's query {@code sql} about one dataset (its parameter
	 * {@code :dataset}) as a map.
	 */
	public static <K, V> Map<K, V> pairs(JdbcClient jdbc, String sql, long datasetId, Class<K> keyType,
			Class<V> valueType) {
		Map<K, V> pairs = new HashMap<>();
		jdbc.sql(sql)
			.param("dataset", datasetId)
			.query((rs, row) -> pairs.put(rs.getObject(1, keyType), rs.getObject(2, valueType)))
			.list();
		return pairs;
	}

	/**
	 * Inserts numbered rows with the owner's statement {@code insert}, {@link #SLICE}
	 * rows a batch, and returns their keys in the order given; {@code keysByNumber} is
	 * the owner's look-up of the keys of the numbers it is given.
	 */
	public static <T> List<Long> insertNumbered(JdbcTemplate jdbc, String insert, List<T> rows,
			Function<T, Object[]> values, ToIntFunction<T> num,
			Function<List<Integer>, Map<Integer, Long>> keysByNumber) {
		List<Long> keys = new ArrayList<>();
		for (List<T> slice : slices(rows)) {
			jdbc.batchUpdate(insert, slice.stream().map(values).toList());
			Map<Integer, Long> byNumber = keysByNumber.apply(slice.stream().map(num::applyAsInt).toList());
			slice.forEach(row -> keys.add(byNumber.get(num.applyAsInt(row))));
		}
		return keys;
	}

	public static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

	public static Integer integer(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}

	public static Long key(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Long.class);
	}

}
