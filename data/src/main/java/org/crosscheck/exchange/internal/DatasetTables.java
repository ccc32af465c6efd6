package org.crosscheck.exchange.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
import org.crosscheck.exchange.internal.BundleModel.Bundle;
import org.crosscheck.exchange.internal.BundleModel.CellRecord;
import org.crosscheck.exchange.internal.BundleModel.ClaimRecord;
import org.crosscheck.exchange.internal.BundleModel.ContractRecord;
import org.crosscheck.exchange.internal.BundleModel.DiscrepancyRecord;
import org.crosscheck.exchange.internal.BundleModel.EntityRecord;
import org.crosscheck.exchange.internal.BundleModel.EventRecord;
import org.crosscheck.exchange.internal.BundleModel.EvidenceRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;
import org.crosscheck.exchange.internal.BundleModel.Span;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * Reads a dataset's tables as the bundle's records, one entry at a time. Exchange reads the tables
 * directly because a bundle is the persistence-level copy of a dataset, uids and all. The tables
 * that grow with the articles are read a page at a time: H2 embedded materialises a query's whole
 * result before handing over its first row, so a single query over the sources of 10,000 articles
 * would hold all their text at once. Only small lookups (a uid per source, a uid and aliases per entity) and the evidence,
 * whose links are tiny but are sorted as a whole, stay in memory.
 */
public final class DatasetTables {

	/** The owners that evidence rows can point to, each the name of its table. */
	public static final List<String> EVIDENCE_OWNERS = List.of("claim", "contract", "discrepancy", "event");

	/** Rows a page: a few hundred articles are a few MB, and each page is one look-up in the number index. */
	public static final int PAGE = 250;

	private final JdbcClient jdbc;

	private final Revisions revisions;

	private final int page;

	public DatasetTables(JdbcClient jdbc, Revisions revisions) {
		this(jdbc, revisions, PAGE);
	}

	/** Reads {@code page} rows a query, so that tests can cut even a small dataset into many pages. */
	public DatasetTables(JdbcClient jdbc, Revisions revisions, int page) {
		Assert.isTrue(page > 0, "a page holds one row or more");
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.page = page;
	}

	/** The whole dataset in memory, for the exports that need every record at hand; built on {@link #each}. */
	public Bundle read(long datasetId, String name) {
		return new Bundle(name, list(record -> sources(datasetId, record)), list(record -> entities(datasetId, record)),
				list(record -> annotations(datasetId, record)), list(record -> claims(datasetId, record)),
				list(record -> contracts(datasetId, record)), list(record -> events(datasetId, record)),
				list(record -> evidence(datasetId, record)), list(record -> discrepancies(datasetId, record)),
				list(record -> cells(datasetId, record)));
	}

	/** Hands the records of one bundle entry ({@link BundleModel#ENTRIES}) to {@code record}, in the bundle's order. */
	public void each(long datasetId, String entry, Consumer<Object> record) {
		switch (entry) {
			case BundleModel.SOURCES -> sources(datasetId, record);
			case BundleModel.ENTITIES -> entities(datasetId, record);
			case BundleModel.ANNOTATIONS -> annotations(datasetId, record);
			case BundleModel.CLAIMS -> claims(datasetId, record);
			case BundleModel.CONTRACTS -> contracts(datasetId, record);
			case BundleModel.EVENTS -> events(datasetId, record);
			case BundleModel.EVIDENCE -> evidence(datasetId, record);
			case BundleModel.DISCREPANCIES -> discrepancies(datasetId, record);
			case BundleModel.CELLS -> cells(datasetId, record);
			default -> throw new IllegalArgumentException(entry);
		}
	}

	private void sources(long datasetId, Consumer<? super SourceRecord> record) {
		pages("source", datasetId, (rs, row) -> new SourceRecord(rs.getString("uid"), rs.getInt("num"),
				rs.getString("title"), rs.getString("outlet"), rs.getString("url"), rs.getString("author"),
				rs.getString("published"), instant(rs, "published_at"), instant(rs, "retrieved_at"),
				rs.getString("content_hash").strip(), Hashes.sha256(rs.getString("clean_text")), rs.getString("format"),
				rs.getString("file_name"), rs.getString("raw_text"), rs.getString("clean_text")), SourceRecord::num,
				record);
	}

	private void entities(long datasetId, Consumer<? super EntityRecord> record) {
		Map<Long, List<String>> aliases = new HashMap<>();
		this.jdbc.sql("select a.entity_id, a.alias from entity_alias a join entity e on e.id = a.entity_id where e.dataset_id = ? order by a.alias")
			.param(datasetId)
			.query((rs, row) -> aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		pages("entity", datasetId, (rs, row) -> new EntityRecord(rs.getString("uid"), rs.getInt("num"),
				rs.getString("kind"), rs.getString("name"), aliases.getOrDefault(rs.getLong("id"), List.of()),
				instant(rs, "created_at")), EntityRecord::num, record);
	}

	private void annotations(long datasetId, Consumer<? super AnnotationRecord> record) {
		Map<Long, String> sourceUids = uids("source", datasetId);
		Map<Long, String> entityUids = uids("entity", datasetId);
		pages("annotation", datasetId, (rs, row) -> new AnnotationRecord(rs.getString("uid"), rs.getInt("num"),
				sourceUids.get(rs.getLong("source_id")), rs.getString("kind"), rs.getString("exact"),
				rs.getString("prefix"), rs.getString("suffix"), integer(rs, "start_pos"), integer(rs, "end_pos"),
				rs.getString("anchor"), rs.getDouble("confidence"), rs.getString("note"), lines(rs.getString("tags")),
				rs.getString("value_json"), entityUids.get((Long) rs.getObject("entity_id", Long.class)),
				rs.getString("author"), rs.getString("origin"), instant(rs, "created_at"), instant(rs, "modified_at")),
				AnnotationRecord::num, record);
	}

	private void claims(long datasetId, Consumer<? super ClaimRecord> record) {
		pages("claim", datasetId, (rs, row) -> new ClaimRecord(rs.getString("uid"), rs.getInt("num"),
				rs.getString("subject"), rs.getString("predicate"), rs.getString("value_kind"),
				rs.getString("value_json"), instant(rs, "created_at")), ClaimRecord::num, record);
	}

	private void contracts(long datasetId, Consumer<? super ContractRecord> record) {
		pages("contract", datasetId, (rs, row) -> new ContractRecord(rs.getString("uid"), rs.getInt("num"),
				rs.getString("vendor"), rs.getString("agency"), rs.getString("currency"),
				amount(rs.getBigDecimal("obligated")), amount(rs.getBigDecimal("ceiling")), rs.getString("award_date"),
				rs.getString("award_precision"), rs.getString("period_end"), rs.getString("period_precision"),
				rs.getString("options_end"), rs.getString("options_precision"), rs.getString("purpose"),
				instant(rs, "created_at")), ContractRecord::num, record);
	}

	private void events(long datasetId, Consumer<? super EventRecord> record) {
		pages("event", datasetId, (rs, row) -> new EventRecord(rs.getString("uid"), rs.getInt("num"),
				date(rs.getDate("date_start")), date(rs.getDate("date_end")), rs.getString("date_precision"),
				rs.getString("date_status"), rs.getString("date_text"), rs.getString("description"),
				lines(rs.getString("entities")), instant(rs, "created_at")), EventRecord::num, record);
	}

	/**
	 * The links, sorted by owner kind, owner, annotation and role. The owner's and the annotation's uids come
	 * with each link by a join, so no map of every annotation is needed; a link whose owner is not in the
	 * dataset is left out.
	 */
	private void evidence(long datasetId, Consumer<? super EvidenceRecord> record) {
		List<EvidenceRecord> evidence = new ArrayList<>();
		for (String owner : EVIDENCE_OWNERS) {
			this.jdbc.sql("select o.uid, a.uid, e.role from evidence e join annotation a on a.id = e.annotation_id"
					+ " join " + owner + " o on o.id = e.owner_id and o.dataset_id = a.dataset_id"
					+ " where e.owner_kind = ? and a.dataset_id = ?")
				.params(owner, datasetId)
				.query((rs, row) -> evidence.add(new EvidenceRecord(owner, rs.getString(1), rs.getString(2), rs.getString(3))))
				.list();
		}
		evidence.sort(Comparator.comparing(EvidenceRecord::ownerKind)
			.thenComparing(EvidenceRecord::owner)
			.thenComparing(EvidenceRecord::annotation)
			.thenComparing(EvidenceRecord::role));
		evidence.forEach(record);
	}

	private void discrepancies(long datasetId, Consumer<? super DiscrepancyRecord> record) {
		Map<Long, String> sourceUids = new HashMap<>();
		Map<Integer, String> sourceUidsByNum = new HashMap<>();
		this.jdbc.sql("select id, num, uid from source where dataset_id = ?")
			.param(datasetId)
			.query((rs, row) -> {
				sourceUids.put(rs.getLong(1), rs.getString(3));
				return sourceUidsByNum.put(rs.getInt(2), rs.getString(3));
			})
			.list();
		pages("discrepancy", datasetId, (rs, row) -> new DiscrepancyRecord(rs.getString("uid"), rs.getInt("num"),
				rs.getString("kind"), rs.getString("severity"), rs.getString("status"), rs.getString("raised_by"),
				rs.getString("fingerprint"), rs.getString("summary"), rs.getString("diff"),
				span(rs, "left", sourceUids), span(rs, "right", sourceUids),
				spans(rs.getString("spans_json"), sourceUidsByNum), rs.getString("notes"), instant(rs, "created_at"),
				instant(rs, "updated_at")), DiscrepancyRecord::num, record);
	}

	private void cells(long datasetId, Consumer<? super CellRecord> record) {
		Map<Area, Long> areaRevisions = this.revisions.areas(datasetId);
		pages("cell", datasetId, (rs, row) -> {
			List<String> areas = commas(rs.getString("areas_read"));
			boolean stale = "command".equals(rs.getString("kind")) && Revisions.changedSince(areaRevisions,
					areas.stream().map(a -> Area.valueOf(a.toUpperCase(java.util.Locale.ROOT))).toList(),
					rs.getLong("revision"));
			return new CellRecord(rs.getInt("num"), rs.getString("kind"), rs.getString("input"), rs.getString("output"),
					rs.getString("status"), instant(rs, "started_at"), rs.getLong("duration_ms"), areas, stale);
		}, CellRecord::num, record);
	}

	/**
	 * Hands the dataset's rows of {@code table} to {@code record} in number order, a page at a time. Each page
	 * starts after the last number of the one before (keyset pagination, not an offset), so every page is one
	 * look-up in the (dataset, number) index however deep into the table it is, and a page in memory is all
	 * that either database holds. The order names the dataset too, though it is fixed: only then does H2 see
	 * that the index gives the order and stop after a page, instead of sorting every row after the last one.
	 */
	private <T> void pages(String table, long datasetId, RowMapper<T> mapper, ToIntFunction<T> num,
			Consumer<? super T> record) {
		int after = Integer.MIN_VALUE;
		List<T> rows;
		do {
			rows = this.jdbc.sql("select * from " + table + " where dataset_id = ? and num > ? order by dataset_id, num"
					+ " fetch first ? rows only")
				.params(datasetId, after, this.page)
				.query(mapper)
				.list();
			rows.forEach(record);
			if (!rows.isEmpty()) {
				after = num.applyAsInt(rows.getLast());
			}
		}
		while (rows.size() == this.page);
	}

	private static <T> List<T> list(Consumer<Consumer<T>> reader) {
		List<T> records = new ArrayList<>();
		reader.accept(records::add);
		return records;
	}

	private Map<Long, String> uids(String table, long datasetId) {
		Map<Long, String> uids = new HashMap<>();
		this.jdbc.sql("select id, uid from " + table + " where dataset_id = ?")
			.param(datasetId)
			.query((rs, row) -> uids.put(rs.getLong(1), rs.getString(2)))
			.list();
		return uids;
	}

	/** The passages of a discrepancy with more than two sides, each source named by its uid. */
	private static List<Span> spans(String spansJson, Map<Integer, String> sourceUidsByNum) {
		if (spansJson == null) {
			return null;
		}
		List<Span> spans = new ArrayList<>();
		for (tools.jackson.databind.JsonNode span : Json.mapper().readTree(spansJson)) {
			spans.add(new Span(sourceUidsByNum.get(span.path("source").asInt()),
					span.path("start").isNumber() ? span.path("start").asInt() : null,
					span.path("end").isNumber() ? span.path("end").asInt() : null, span.path("exact").asString(null)));
		}
		return spans;
	}

	private static Span span(ResultSet rs, String side, Map<Long, String> sourceUids) throws SQLException {
		Long source = rs.getObject(side + "_source", Long.class);
		if (source == null) {
			return null;
		}
		return new Span(sourceUids.get(source), integer(rs, side + "_start"), integer(rs, side + "_end"),
				rs.getString(side + "_exact"));
	}

	static String instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant().toString();
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}

	private static String date(Date date) {
		return date == null ? null : date.toLocalDate().toString();
	}

	/** Amounts travel as plain decimal text: exact, and the same whatever scale the database keeps. */
	static String amount(BigDecimal amount) {
		return amount == null ? null : amount.stripTrailingZeros().toPlainString();
	}

	static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static List<String> commas(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).sorted().toList();
	}

}
