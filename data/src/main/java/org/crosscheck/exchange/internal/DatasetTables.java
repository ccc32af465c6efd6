package org.crosscheck.exchange.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads a whole dataset, every table, into the bundle's records. Exchange reads the tables
 * directly because a bundle is the persistence-level copy of a dataset, uids and all.
 */
public final class DatasetTables {

	/** The owners that evidence rows can point to, each the name of its table. */
	public static final List<String> EVIDENCE_OWNERS = List.of("claim", "contract", "discrepancy", "event");

	private final JdbcClient jdbc;

	private final Revisions revisions;

	public DatasetTables(JdbcClient jdbc, Revisions revisions) {
		this.jdbc = jdbc;
		this.revisions = revisions;
	}

	public Bundle read(long datasetId, String name) {
		Map<Long, String> sourceUids = uids("source", datasetId);
		Map<Integer, String> sourceUidsByNum = new java.util.HashMap<>();
		this.jdbc.sql("select num, uid from source where dataset_id = ?")
			.param(datasetId)
			.query((rs, row) -> sourceUidsByNum.put(rs.getInt(1), rs.getString(2)))
			.list();
		Map<Long, String> entityUids = uids("entity", datasetId);
		Map<Long, String> annotationUids = uids("annotation", datasetId);
		List<SourceRecord> sources = this.jdbc.sql("select * from source where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new SourceRecord(rs.getString("uid"), rs.getInt("num"), rs.getString("title"),
					rs.getString("outlet"), rs.getString("url"), rs.getString("author"), rs.getString("published"),
					instant(rs, "published_at"), instant(rs, "retrieved_at"), rs.getString("content_hash").strip(),
					Hashes.sha256(rs.getString("clean_text")), rs.getString("format"), rs.getString("file_name"),
					rs.getString("raw_text"), rs.getString("clean_text")))
			.list();
		Map<Long, List<String>> aliases = new HashMap<>();
		this.jdbc.sql("select a.entity_id, a.alias from entity_alias a join entity e on e.id = a.entity_id where e.dataset_id = ? order by a.alias")
			.param(datasetId)
			.query((rs, row) -> aliases.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)))
			.list();
		List<EntityRecord> entities = this.jdbc.sql("select * from entity where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new EntityRecord(rs.getString("uid"), rs.getInt("num"), rs.getString("kind"),
					rs.getString("name"), aliases.getOrDefault(rs.getLong("id"), List.of()), instant(rs, "created_at")))
			.list();
		List<AnnotationRecord> annotations = this.jdbc.sql("select * from annotation where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new AnnotationRecord(rs.getString("uid"), rs.getInt("num"),
					sourceUids.get(rs.getLong("source_id")), rs.getString("kind"), rs.getString("exact"),
					rs.getString("prefix"), rs.getString("suffix"), integer(rs, "start_pos"), integer(rs, "end_pos"),
					rs.getString("anchor"), rs.getDouble("confidence"), rs.getString("note"), lines(rs.getString("tags")),
					rs.getString("value_json"), entityUids.get((Long) rs.getObject("entity_id", Long.class)),
					rs.getString("author"), rs.getString("origin"), instant(rs, "created_at"), instant(rs, "modified_at")))
			.list();
		List<ClaimRecord> claims = this.jdbc.sql("select * from claim where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new ClaimRecord(rs.getString("uid"), rs.getInt("num"), rs.getString("subject"),
					rs.getString("predicate"), rs.getString("value_kind"), rs.getString("value_json"),
					instant(rs, "created_at")))
			.list();
		List<ContractRecord> contracts = this.jdbc.sql("select * from contract where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new ContractRecord(rs.getString("uid"), rs.getInt("num"), rs.getString("vendor"),
					rs.getString("agency"), rs.getString("currency"), amount(rs.getBigDecimal("obligated")),
					amount(rs.getBigDecimal("ceiling")), rs.getString("award_date"), rs.getString("award_precision"),
					rs.getString("period_end"), rs.getString("period_precision"), rs.getString("options_end"),
					rs.getString("options_precision"), rs.getString("purpose"), instant(rs, "created_at")))
			.list();
		List<EventRecord> events = this.jdbc.sql("select * from event where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new EventRecord(rs.getString("uid"), rs.getInt("num"), date(rs.getDate("date_start")),
					date(rs.getDate("date_end")), rs.getString("date_precision"), rs.getString("date_status"),
					rs.getString("date_text"), rs.getString("description"), lines(rs.getString("entities")),
					instant(rs, "created_at")))
			.list();
		List<EvidenceRecord> evidence = new java.util.ArrayList<>();
		for (String owner : EVIDENCE_OWNERS) {
			Map<Long, String> ownerUids = uids(owner, datasetId);
			this.jdbc.sql("""
					select e.owner_id, e.annotation_id, e.role from evidence e join annotation a on a.id = e.annotation_id
					where e.owner_kind = ? and a.dataset_id = ?""")
				.params(owner, datasetId)
				.query((rs, row) -> {
					String ownerUid = ownerUids.get(rs.getLong(1));
					if (ownerUid != null) {
						evidence.add(new EvidenceRecord(owner, ownerUid, annotationUids.get(rs.getLong(2)), rs.getString(3)));
					}
					return null;
				})
				.list();
		}
		evidence.sort(Comparator.comparing(EvidenceRecord::ownerKind)
			.thenComparing(EvidenceRecord::owner)
			.thenComparing(EvidenceRecord::annotation)
			.thenComparing(EvidenceRecord::role));
		List<DiscrepancyRecord> discrepancies = this.jdbc.sql("select * from discrepancy where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new DiscrepancyRecord(rs.getString("uid"), rs.getInt("num"), rs.getString("kind"),
					rs.getString("severity"), rs.getString("status"), rs.getString("raised_by"),
					rs.getString("fingerprint"), rs.getString("summary"), rs.getString("diff"),
					span(rs, "left", sourceUids), span(rs, "right", sourceUids),
					spans(rs.getString("spans_json"), sourceUidsByNum), rs.getString("notes"),
					instant(rs, "created_at"), instant(rs, "updated_at")))
			.list();
		Map<Area, Long> areaRevisions = this.revisions.areas(datasetId);
		List<CellRecord> cells = this.jdbc.sql("select * from cell where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> {
				List<String> areas = commas(rs.getString("areas_read"));
				boolean stale = "command".equals(rs.getString("kind")) && Revisions.changedSince(areaRevisions,
						areas.stream().map(a -> Area.valueOf(a.toUpperCase(java.util.Locale.ROOT))).toList(),
						rs.getLong("revision"));
				return new CellRecord(rs.getInt("num"), rs.getString("kind"), rs.getString("input"),
						rs.getString("output"), rs.getString("status"), instant(rs, "started_at"),
						rs.getLong("duration_ms"), areas, stale);
			})
			.list();
		return new Bundle(name, sources, entities, annotations, claims, contracts, events, evidence, discrepancies,
				cells);
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
		List<Span> spans = new java.util.ArrayList<>();
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
