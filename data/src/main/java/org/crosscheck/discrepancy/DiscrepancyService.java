package org.crosscheck.discrepancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.dataset.Revisions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares sources and keeps their discrepancies: the automatic check raises them, people
 * flag their own and decide each one (confirmed, dismissed, resolved) with notes. A check
 * run again raises nothing twice and never reopens what a person decided.
 */
@Service
public class DiscrepancyService {

	/** Who the automatic check is, in {@code raised_by}. */
	public static final String TOOL = "crosscheck";

	static final Set<String> STATUSES = Set.of("open", "confirmed", "dismissed", "resolved");

	static final Set<String> KINDS = Set.of("wording", "quote", "number", "date", "attribution", "omission");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final Revisions revisions;

	private final String user;

	DiscrepancyService(JdbcClient jdbc, DatasetService datasets, Revisions revisions,
			@Value("${crosscheck.user:${user.name:unknown}}") String user) {
		this.jdbc = jdbc;
		this.datasets = datasets;
		this.revisions = revisions;
		this.user = user;
	}

	@Transactional(readOnly = true)
	public List<DiscrepancyView> listDiscrepancies(String dataset, String status, String kind, Integer source) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.DISCREPANCIES);
		StringBuilder sql = new StringBuilder(SELECT + " where d.dataset_id = :dataset");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("dataset", ref.id());
		if (status != null) {
			sql.append(" and d.status = :status");
			params.put("status", checked(status, STATUSES, "status"));
		}
		if (kind != null) {
			sql.append(" and d.kind = :kind");
			params.put("kind", checked(kind, KINDS, "kind"));
		}
		if (source != null) {
			sql.append(" and (ls.num = :source or rs.num = :source)");
			params.put("source", source);
		}
		sql.append(" order by case d.severity when 'high' then 0 when 'medium' then 1 else 2 end, d.num");
		return this.jdbc.sql(sql.toString()).params(params).query(DiscrepancyService::map).list();
	}

	/**
	 * One page of what {@link #listDiscrepancies} lists, in the same order, for a lazy grid
	 * (read-only; the filters are the same).
	 */
	@Transactional(readOnly = true)
	public List<DiscrepancyView> pageDiscrepancies(String dataset, String status, String kind, Integer source,
			int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = pageFilter(this.datasets.require(dataset), status, kind, source, params);
		ReadTracker.reads(Area.DISCREPANCIES);
		params.put("offset", Math.max(0, offset));
		params.put("limit", Math.max(0, limit));
		return this.jdbc.sql(SELECT + where
				+ " order by case d.severity when 'high' then 0 when 'medium' then 1 else 2 end, d.num"
				+ " offset :offset rows fetch next :limit rows only")
			.params(params)
			.query(DiscrepancyService::map)
			.list();
	}

	/** How many discrepancies {@link #listDiscrepancies} would list with these filters (read-only). */
	@Transactional(readOnly = true)
	public int countDiscrepancies(String dataset, String status, String kind, Integer source) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = pageFilter(this.datasets.require(dataset), status, kind, source, params);
		ReadTracker.reads(Area.DISCREPANCIES);
		return this.jdbc.sql("select count(*) from discrepancy d left join source ls on ls.id = d.left_source"
				+ " left join source rs on rs.id = d.right_source" + where)
			.params(params)
			.query(Integer.class)
			.single();
	}

	private static String pageFilter(DatasetRef ref, String status, String kind, Integer source,
			Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where d.dataset_id = :dataset");
		params.put("dataset", ref.id());
		if (status != null) {
			where.append(" and d.status = :status");
			params.put("status", checked(status, STATUSES, "status"));
		}
		if (kind != null) {
			where.append(" and d.kind = :kind");
			params.put("kind", checked(kind, KINDS, "kind"));
		}
		if (source != null) {
			where.append(" and (ls.num = :source or rs.num = :source)");
			params.put("source", source);
		}
		return where.toString();
	}

	@Transactional(readOnly = true)
	public DiscrepancyView show(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.DISCREPANCIES);
		return this.jdbc.sql(SELECT + " where d.dataset_id = ? and d.num = ?")
			.params(ref.id(), id)
			.query(DiscrepancyService::map)
			.optional()
			.orElseThrow(() -> CrosscheckException.notFound("no discrepancy " + id + " in dataset " + ref.name()
					+ "; `discrepancy list --status all` shows the ids"));
	}

	/** A discrepancy a person found between two annotations. */
	@Transactional
	public DiscrepancyView flag(String dataset, int leftAnnotation, int rightAnnotation, String kind, String note) {
		DatasetRef ref = this.datasets.require(dataset);
		String kindKey = checked(kind == null ? "wording" : kind, KINDS, "kind");
		Object[] left = annotation(ref, leftAnnotation);
		Object[] right = annotation(ref, rightAnnotation);
		String fingerprint = Integer.toHexString((kindKey + "|" + left[0] + "|" + right[0]).hashCode()) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		int number = insert(ref, kindKey, "medium", "open", this.user, fingerprint,
				"flagged by " + this.user + (note == null || note.isBlank() ? "" : ": " + note.strip()), null,
				new Side((Long) left[1], (Integer) left[2], (Integer) left[3], (String) left[4]),
				new Side((Long) right[1], (Integer) right[2], (Integer) right[3], (String) right[4]), null,
				note == null || note.isBlank() ? null : stamp(note));
		return show(dataset, number);
	}

	/** Records a person's decision on a discrepancy, with a note. */
	@Transactional
	public DiscrepancyView resolve(String dataset, int id, String status, String note) {
		DatasetRef ref = this.datasets.require(dataset);
		String statusKey = checked(status, STATUSES, "status");
		DiscrepancyView current = show(dataset, id);
		String notes = current.notes();
		if (note != null && !note.isBlank()) {
			notes = (notes == null ? "" : notes + "\n") + stamp(statusKey + ": " + note.strip());
		}
		this.jdbc.sql("update discrepancy set status = ?, notes = ?, updated_at = ?, version = version + 1 where dataset_id = ? and num = ?")
			.params(statusKey, notes, OffsetDateTime.now(ZoneOffset.UTC), ref.id(), id)
			.update();
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
		return show(dataset, id);
	}

	private String stamp(String note) {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + " " + this.user + ": " + note.strip();
	}

	/** One side of a discrepancy, by source key. */
	record Side(Long sourceKey, Integer start, Integer end, String exact) {
	}

	int insert(DatasetRef ref, String kind, String severity, String status, String raisedBy, String fingerprint,
			String summary, String diff, Side left, Side right, String spansJson, String notes) {
		int number = this.jdbc.sql("select coalesce(max(num), 0) + 1 from discrepancy where dataset_id = ?")
			.param(ref.id())
			.query(Integer.class)
			.single();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("""
				insert into discrepancy (dataset_id, num, uid, kind, severity, status, raised_by, fingerprint, summary, diff,
				  left_source, left_start, left_end, left_exact, right_source, right_start, right_end, right_exact,
				  spans_json, notes, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.id(), number, UUID.randomUUID().toString(), kind, severity, status, raisedBy, fingerprint, summary,
					diff, left == null ? null : left.sourceKey(), left == null ? null : left.start(),
					left == null ? null : left.end(), left == null ? null : left.exact(),
					right == null ? null : right.sourceKey(), right == null ? null : right.start(),
					right == null ? null : right.end(), right == null ? null : right.exact(), spansJson, notes, now, now)
			.update();
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
		return number;
	}

	/** key, source key, start, end, exact of an annotation. */
	private Object[] annotation(DatasetRef ref, int id) {
		return this.jdbc.sql("select id, source_id, start_pos, end_pos, exact from annotation where dataset_id = ? and num = ?")
			.params(ref.id(), id)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3),
					(Integer) rs.getObject(4), rs.getString(5) })
			.optional()
			.orElseThrow(() -> CrosscheckException.notFound("no annotation " + id + " in dataset " + ref.name()
					+ "; `annotation list` shows the ids"));
	}

	private static final String SELECT = """
			select d.*, ls.num as left_num, rs.num as right_num
			from discrepancy d left join source ls on ls.id = d.left_source left join source rs on rs.id = d.right_source""";

	private static DiscrepancyView map(ResultSet rs, int row) throws SQLException {
		List<SpanView> spans = new ArrayList<>();
		String spansJson = rs.getString("spans_json");
		if (spansJson != null) {
			spans.addAll(JSON.readValue(spansJson, new TypeReference<List<SpanView>>() {
			}));
		}
		else {
			if (rs.getObject("left_num") != null) {
				spans.add(new SpanView(rs.getInt("left_num"), (Integer) rs.getObject("left_start"),
						(Integer) rs.getObject("left_end"), rs.getString("left_exact")));
			}
			if (rs.getObject("right_num") != null) {
				spans.add(new SpanView(rs.getInt("right_num"), (Integer) rs.getObject("right_start"),
						(Integer) rs.getObject("right_end"), rs.getString("right_exact")));
			}
		}
		return new DiscrepancyView(rs.getInt("num"), rs.getString("uid"), rs.getString("kind"), rs.getString("severity"),
				rs.getString("status"), rs.getString("raised_by"), rs.getString("summary"), rs.getString("diff"), spans,
				rs.getString("notes"), rs.getObject("created_at", OffsetDateTime.class).toInstant().toString(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant().toString());
	}

	static String checked(String value, Set<String> allowed, String what) {
		String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!allowed.contains(key)) {
			throw CrosscheckException.invalid("unknown " + what + " '" + value + "'; use "
					+ String.join(", ", allowed.stream().sorted().toList()));
		}
		return key;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
