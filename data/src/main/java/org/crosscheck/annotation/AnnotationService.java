package org.crosscheck.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.crosscheck.annotation.internal.Anchoring;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.common.Rows;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceText;
import org.crosscheck.source.SourceTextChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annotates sources by quoting their words, lists, edits and removes annotations, and
 * re-anchors them when a source's text changes — never silently onto look-alike words:
 * what cannot be found with confidence becomes an orphan.
 */
@Service
public class AnnotationService {

	/** Longest span that can be annotated, in characters. */
	public static final int MAX_EXACT = 5000;

	private static final int MAX_LISTED_OCCURRENCES = 10;

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final SourceService sources;

	private final Revisions revisions;

	private final Numbers numbers;

	private final String author;

	private final JdbcTemplate jdbcTemplate;

	AnnotationService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DatasetService datasets, SourceService sources,
			Revisions revisions, Numbers numbers, @Value("${crosscheck.user:${user.name:unknown}}") String author) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.datasets = datasets;
		this.sources = sources;
		this.revisions = revisions;
		this.numbers = numbers;
		this.author = author;
	}

	/** The user this process annotates as. */
	public String author() {
		return this.author;
	}

	@Transactional
	public AnnotationView annotate(String dataset, NewAnnotation request) {
		DatasetRef ref = this.datasets.require(dataset);
		SourceText source = this.sources.sourceText(dataset, request.source());
		String exact = request.exact() == null ? "" : request.exact().strip();
		if (exact.isEmpty()) {
			Remedy quote = Remedy.quoteWords(request.source());
			throw new CrosscheckException(CrosscheckException.Kind.INVALID_INPUT, quote.words(), quote);
		}
		if (exact.length() > MAX_EXACT) {
			throw CrosscheckException.invalid("the quoted words are " + exact.length()
					+ " characters, over the limit of " + MAX_EXACT + "; annotate a shorter span");
		}
		List<int[]> found = Anchoring.occurrences(source.text(), exact);
		if (found.isEmpty()) {
			List<String> closest = Anchoring.closestPassages(source.text(), exact, 3);
			String missing = "source " + request.source() + " has no \"" + shorten(exact, 80) + "\"";
			if (closest.isEmpty()) {
				throw CrosscheckException.notFound(missing, Remedy.showSource(request.source()));
			}
			throw CrosscheckException.notFound(missing + "; closest passages: "
					+ String.join(" | ", closest.stream().map(p -> "«" + shorten(p, 100) + "»").toList()));
		}
		int[] span;
		if (request.occurrence() != null) {
			if (request.occurrence() < 1 || request.occurrence() > found.size()) {
				throw CrosscheckException.invalid("the occurrence must be between 1 and " + found.size() + " for \""
						+ shorten(exact, 60) + "\" in source " + request.source());
			}
			span = found.get(request.occurrence() - 1);
		}
		else if (found.size() > 1) {
			StringBuilder list = new StringBuilder();
			for (int i = 0; i < Math.min(found.size(), MAX_LISTED_OCCURRENCES); i++) {
				int[] at = found.get(i);
				list.append(i == 0 ? "" : " | ")
					.append(i + 1)
					.append(": «…")
					.append(oneLine(Anchoring.prefix(source.text(), at[0])))
					.append('[')
					.append(source.text(), at[0], at[1])
					.append(']')
					.append(oneLine(Anchoring.suffix(source.text(), at[1])))
					.append("…»");
			}
			Remedy choose = Remedy.chooseOccurrence();
			throw new CrosscheckException(CrosscheckException.Kind.CONFLICT,
					"\"" + shorten(exact, 60) + "\" occurs " + found.size() + " times in source " + request.source()
							+ "; " + choose.words() + ": " + list
							+ (found.size() > MAX_LISTED_OCCURRENCES ? " | …" : ""),
					choose);
		}
		else {
			span = found.get(0);
		}
		return insert(ref, source, span[0], span[1], request.kind(), request.note(), request.tags(), null, null,
				"user");
	}

	/**
	 * Stores an annotation of a span already located (by a suggestion or an import).
	 * @param valueJson the structured value of the span, or null
	 * @param entityKey the entity it names, or null
	 */
	@Transactional
	public AnnotationView annotateSpan(String dataset, int sourceId, int start, int end, AnnotationKind kind,
			String note, List<String> tags, String valueJson, Long entityKey, String origin) {
		DatasetRef ref = this.datasets.require(dataset);
		SourceText source = this.sources.sourceText(dataset, sourceId);
		if (start < 0 || end > source.text().length() || start >= end) {
			throw CrosscheckException.invalid("span " + start + "-" + end + " is outside source " + sourceId);
		}
		return insert(ref, source, start, end, kind, note, tags, valueJson, entityKey, origin);
	}

	private AnnotationView insert(DatasetRef ref, SourceText source, int start, int end, AnnotationKind kind,
			String note, List<String> tags, String valueJson, Long entityKey, String origin) {
		this.revisions.changed(ref.id(), Area.ANNOTATIONS);
		int number = this.numbers.next(ref.id(), "annotation");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		String text = source.text();
		this.jdbc
			.sql("""
					insert into annotation (dataset_id, num, uid, source_id, kind, exact, prefix, suffix, start_pos, end_pos,
					  anchor, confidence, note, tags, value_json, entity_id, author, origin, created_at, modified_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'exact', 1.0, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.id(), number, UUID.randomUUID().toString(), source.key(), kind.key(),
					text.substring(start, end), Anchoring.prefix(text, start), Anchoring.suffix(text, end), start, end,
					blankToNull(note), joinTags(tags), valueJson, entityKey, this.author, origin, now, now)
			.update();
		return show(ref.name(), number);
	}

	@Transactional(readOnly = true)
	public List<AnnotationView> listAnnotations(String dataset, Integer source, AnnotationKind kind) {
		return listAnnotations(dataset, source, kind, null);
	}

	/**
	 * Annotations matching the filters (null: any), in number order; at most
	 * {@code limit} (null: all).
	 */
	@Transactional(readOnly = true)
	public List<AnnotationView> listAnnotations(String dataset, Integer source, AnnotationKind kind, Integer limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(this.datasets.require(dataset), source, kind, params);
		ReadTracker.reads(Area.ANNOTATIONS);
		params.put("limit", limit == null ? Integer.MAX_VALUE : Math.max(0, limit));
		return views(this.jdbc.sql(SELECT + where + " order by a.num fetch first :limit rows only")
			.params(params)
			.query(AnnotationService::map)
			.list());
	}

	/** How many annotations match the filters (null: any). */
	@Transactional(readOnly = true)
	public int countAnnotations(String dataset, Integer source, AnnotationKind kind) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(this.datasets.require(dataset), source, kind, params);
		ReadTracker.reads(Area.ANNOTATIONS);
		return this.jdbc.sql("select count(*) from annotation a" + where).params(params).query(Integer.class).single();
	}

	/**
	 * The where clause of a listing; the source is found by its number first, so that a
	 * count needs no join.
	 */
	private String filters(DatasetRef ref, Integer source, AnnotationKind kind, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" where a.dataset_id = :dataset");
		params.put("dataset", ref.id());
		if (source != null) {
			sql.append(" and a.source_id = :source");
			params.put("source", this.sources.sourceKey(ref.id(), source).orElse(-1L));
		}
		if (kind != null) {
			sql.append(" and a.kind = :kind");
			params.put("kind", kind.key());
		}
		return sql.toString();
	}

	@Transactional(readOnly = true)
	public AnnotationView show(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.ANNOTATIONS);
		return this.jdbc.sql(SELECT + " where a.dataset_id = ? and a.num = ?")
			.params(ref.id(), id)
			.query(AnnotationService::map)
			.optional()
			.map(stored -> views(List.of(stored)).getFirst())
			.orElseThrow(() -> notFound(ref, id));
	}

	@Transactional
	public AnnotationView edit(String dataset, int id, AnnotationChanges changes) {
		DatasetRef ref = this.datasets.require(dataset);
		// The version is read first: if anything changes after it, the update below finds
		// it changed.
		int version = this.jdbc.sql("select version from annotation where dataset_id = ? and num = ?")
			.params(ref.id(), id)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> notFound(ref, id));
		AnnotationView current = show(dataset, id);
		int updated = this.jdbc.sql("""
				update annotation set kind = ?, note = ?, tags = ?, modified_at = ?, version = version + 1
				where dataset_id = ? and num = ? and version = ?""")
			.params(changes.kind() == null ? current.kind() : changes.kind().key(),
					changes.note() == null ? current.note() : blankToNull(changes.note()),
					changes.tags() == null ? joinTags(current.tags()) : joinTags(changes.tags()),
					OffsetDateTime.now(ZoneOffset.UTC), ref.id(), id, version)
			.update();
		if (updated == 0) {
			throw CrosscheckException.conflict("annotation " + id + " was changed by someone else meanwhile",
					Remedy.reloadAndEdit("annotation", id));
		}
		this.revisions.changed(ref.id(), Area.ANNOTATIONS);
		return show(dataset, id);
	}

	@Transactional
	public AnnotationView remove(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		AnnotationView current = show(dataset, id);
		this.jdbc.sql("delete from annotation where dataset_id = ? and num = ?").params(ref.id(), id).update();
		this.revisions.changed(ref.id(), Area.ANNOTATIONS);
		return current;
	}

	/**
	 * Follows a source's new text: each annotation is re-anchored or becomes an orphan.
	 */
	@EventListener
	public void sourceTextChanged(SourceTextChanged change) {
		record Anchor(long key, String exact, String prefix, String suffix, Integer start, Integer end) {
		}
		List<Anchor> anchors = this.jdbc
			.sql("select id, exact, prefix, suffix, start_pos, end_pos from annotation where source_id = ?")
			.param(change.sourceKey())
			.query((rs, row) -> new Anchor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(Integer) rs.getObject(5), (Integer) rs.getObject(6)))
			.list();
		if (anchors.isEmpty()) {
			return;
		}
		for (Anchor anchor : anchors) {
			Anchoring.Match match = Anchoring.reanchor(change.text(), anchor.exact(), anchor.prefix(), anchor.suffix(),
					anchor.start(), anchor.end());
			if (match == null) {
				this.jdbc.sql(
						"update annotation set anchor = 'orphan', confidence = 0, start_pos = null, end_pos = null, version = version + 1 where id = ?")
					.param(anchor.key())
					.update();
			}
			else {
				String method = match.method() == Anchoring.Method.FUZZY ? "fuzzy"
						: match.method() == Anchoring.Method.QUOTE ? "quote" : "exact";
				// The quote selector keeps the words the user annotated; position and
				// context follow the text.
				this.jdbc.sql(
						"update annotation set anchor = ?, confidence = ?, start_pos = ?, end_pos = ?, prefix = ?, suffix = ?, version = version + 1 where id = ?")
					.params(method, match.confidence(), match.start(), match.end(),
							Anchoring.prefix(change.text(), match.start()),
							Anchoring.suffix(change.text(), match.end()), anchor.key())
					.update();
			}
		}
		this.revisions.changed(change.datasetId(), Area.ANNOTATIONS);
	}

	// ---- for the features that copy, link or compare annotations (bundles, imports,
	// evidence, suggestions, checks)

	/**
	 * Every annotation of the dataset with all its columns, in number order, {@code page}
	 * rows a query.
	 */
	@Transactional(readOnly = true)
	public void eachAnnotationRow(long datasetId, int page, Consumer<AnnotationRow> record) {
		Rows.pages(this.jdbc,
				"select * from annotation where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only",
				datasetId, page, (rs, row) -> row(rs), AnnotationRow::num, record);
	}

	/** Annotation {@code num} of the dataset with all its columns, if there is one. */
	@Transactional(readOnly = true)
	public Optional<AnnotationRow> annotationRow(long datasetId, int num) {
		return this.jdbc.sql("select * from annotation where dataset_id = ? and num = ?")
			.params(datasetId, num)
			.query((rs, row) -> row(rs))
			.optional();
	}

	/** The key of each annotation of the dataset, by uid. */
	@Transactional(readOnly = true)
	public Map<String, Long> annotationKeys(long datasetId) {
		return Rows.pairs(this.jdbc, "select uid, id from annotation where dataset_id = :dataset", datasetId,
				String.class, Long.class);
	}

	/** The key of annotation {@code num} of the dataset, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Long> annotationKey(long datasetId, int num) {
		return this.jdbc.sql("select id from annotation where dataset_id = ? and num = ?")
			.params(datasetId, num)
			.query(Long.class)
			.optional();
	}

	/**
	 * The numbers of the annotations with these keys (keys of no annotation are left
	 * out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> annotationNumbers(Collection<Long> keys) {
		return Rows.pairs(this.jdbc, "select id, num from annotation where id in (:keys)", null, keys, Long.class,
				Integer.class);
	}

	/**
	 * The uids of the dataset's annotations with these keys (keys of no annotation there
	 * are left out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> annotationUids(long datasetId, Collection<Long> keys) {
		return Rows.pairs(this.jdbc, "select id, uid from annotation where dataset_id = :dataset and id in (:keys)",
				datasetId, keys, Long.class, String.class);
	}

	/**
	 * The annotations with these keys as users see them (keys of no annotation are left
	 * out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, AnnotationView> annotationsByKey(Collection<Long> keys) {
		List<Stored> stored = new ArrayList<>();
		for (List<Long> slice : Rows.slices(keys)) {
			stored.addAll(this.jdbc.sql(SELECT + " where a.id in (:keys)")
				.param("keys", slice)
				.query(AnnotationService::map)
				.list());
		}
		List<AnnotationView> views = views(stored);
		Map<Long, AnnotationView> byKey = new HashMap<>();
		for (int i = 0; i < stored.size(); i++) {
			byKey.put(stored.get(i).key(), views.get(i));
		}
		return byKey;
	}

	/**
	 * The number of the dataset's annotation of this kind over exactly this span of the
	 * source, if there is one.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> annotationAt(long datasetId, long sourceKey, AnnotationKind kind, int start, int end) {
		return this.jdbc.sql("""
				select num from annotation
				where dataset_id = ? and source_id = ? and kind = ? and start_pos = ? and end_pos = ?""")
			.params(datasetId, sourceKey, kind.key(), start, end)
			.query(Integer.class)
			.optional();
	}

	/**
	 * How many annotations name each entity of the dataset (entities named by none are
	 * missing).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> mentionsPerEntity(long datasetId) {
		return Rows.pairs(this.jdbc, "select entity_id, count(*) from annotation where dataset_id = :dataset"
				+ " and entity_id is not null group by entity_id", datasetId, Long.class, Integer.class);
	}

	/** The quotes people annotated by hand that are still anchored, for the check. */
	@Transactional(readOnly = true)
	public List<AnnotatedQuote> annotatedQuotes(long datasetId) {
		return this.jdbc.sql("""
				select source_id, start_pos, end_pos, exact from annotation
				where dataset_id = ? and kind = 'quote' and origin = 'user' and start_pos is not null""")
			.param(datasetId)
			.query((rs, row) -> new AnnotatedQuote(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4)))
			.list();
	}

	/**
	 * Inserts annotations as they are, numbers, uids and anchors included, in one batch
	 * inside the caller's transaction; returns their keys in the order given. The caller
	 * has taken the numbers.
	 */
	@Transactional
	public List<Long> insertAnnotationRows(long datasetId, List<AnnotationRow> rows) {
		return Rows.insertNumbered(this.jdbcTemplate,
				"""
						insert into annotation (dataset_id, num, uid, source_id, kind, exact, prefix, suffix, start_pos, end_pos,
						  anchor, confidence, note, tags, value_json, entity_id, author, origin, created_at, modified_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				rows,
				row -> new Object[] { datasetId, row.num(), row.uid(), row.sourceKey(), row.kind(), row.exact(),
						row.prefix(), row.suffix(), row.start(), row.end(), row.anchor(), row.confidence(), row.note(),
						row.tags() == null || row.tags().isEmpty() ? null : String.join("\n", row.tags()),
						row.valueJson(), row.entityKey(), row.author(), row.origin(), row.createdAt(),
						row.modifiedAt() },
				AnnotationRow::num,
				nums -> Rows.pairs(this.jdbc,
						"select num, id from annotation where dataset_id = :dataset and num in (:keys)", datasetId,
						nums, Integer.class, Long.class));
	}

	private static AnnotationRow row(ResultSet rs) throws SQLException {
		String tags = rs.getString("tags");
		return new AnnotationRow(rs.getLong("id"), rs.getInt("num"), rs.getString("uid"), rs.getLong("source_id"),
				rs.getString("kind"), rs.getString("exact"), rs.getString("prefix"), rs.getString("suffix"),
				Rows.integer(rs, "start_pos"), Rows.integer(rs, "end_pos"), rs.getString("anchor"),
				rs.getDouble("confidence"), rs.getString("note"),
				tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
				rs.getString("value_json"), Rows.key(rs, "entity_id"), rs.getString("author"), rs.getString("origin"),
				Rows.time(rs, "created_at"), Rows.time(rs, "modified_at"));
	}

	private static final String SELECT = """
			select a.id, a.num, a.uid, a.source_id, a.kind, a.exact, a.prefix, a.suffix, a.start_pos, a.end_pos,
			  a.anchor, a.confidence, a.note, a.tags, a.value_json, a.author, a.origin, a.created_at, a.modified_at
			from annotation a""";

	/**
	 * An annotation as read, with its source's key; the source's number comes from the
	 * source feature.
	 */
	private record Stored(long key, long sourceKey, AnnotationView view) {
	}

	private List<AnnotationView> views(List<Stored> stored) {
		Map<Long, Integer> numbers = this.sources
			.sourceNumbers(stored.stream().map(Stored::sourceKey).distinct().toList());
		return stored.stream().map(s -> withSource(s.view(), numbers.get(s.sourceKey()))).toList();
	}

	private static AnnotationView withSource(AnnotationView v, int source) {
		return new AnnotationView(v.id(), v.uid(), source, v.kind(), v.exact(), v.prefix(), v.suffix(), v.start(),
				v.end(), v.anchor(), v.confidence(), v.note(), v.tags(), v.value(), v.author(), v.origin(), v.created(),
				v.modified());
	}

	private static Stored map(ResultSet rs, int row) throws SQLException {
		return new Stored(rs.getLong("id"), rs.getLong("source_id"), view(rs));
	}

	private static AnnotationView view(ResultSet rs) throws SQLException {
		String tags = rs.getString("tags");
		return new AnnotationView(rs.getInt("num"), rs.getString("uid"), 0, rs.getString("kind"), rs.getString("exact"),
				rs.getString("prefix"), rs.getString("suffix"), (Integer) rs.getObject("start_pos"),
				(Integer) rs.getObject("end_pos"), rs.getString("anchor"), rs.getDouble("confidence"),
				rs.getString("note"), tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
				rs.getString("value_json"), rs.getString("author"), rs.getString("origin"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant().toString(),
				rs.getObject("modified_at", OffsetDateTime.class).toInstant().toString());
	}

	private static CrosscheckException notFound(DatasetRef ref, int id) {
		return CrosscheckException.notFound("no annotation " + id + " in dataset " + ref.name(),
				Remedy.listIds("annotation"));
	}

	private static String joinTags(List<String> tags) {
		if (tags == null) {
			return null;
		}
		List<String> clean = tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
		return clean.isEmpty() ? null : String.join("\n", clean);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String shorten(String text, int max) {
		String line = oneLine(text);
		return line.length() <= max ? line : line.substring(0, max - 1) + "…";
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
