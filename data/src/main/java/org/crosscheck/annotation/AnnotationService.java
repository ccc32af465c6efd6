package org.crosscheck.annotation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crosscheck.annotation.internal.Anchoring;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
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

	AnnotationService(JdbcClient jdbc, DatasetService datasets, SourceService sources, Revisions revisions, Numbers numbers,
			@Value("${crosscheck.user:${user.name:unknown}}") String author) {
		this.jdbc = jdbc;
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
			throw CrosscheckException.invalid("the quoted words are " + exact.length() + " characters, over the limit of "
					+ MAX_EXACT + "; annotate a shorter span");
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
				list.append(i == 0 ? "" : " | ").append(i + 1).append(": «…")
					.append(oneLine(Anchoring.prefix(source.text(), at[0])))
					.append('[').append(source.text(), at[0], at[1]).append(']')
					.append(oneLine(Anchoring.suffix(source.text(), at[1]))).append("…»");
			}
			Remedy choose = Remedy.chooseOccurrence();
			throw new CrosscheckException(CrosscheckException.Kind.CONFLICT, "\"" + shorten(exact, 60) + "\" occurs "
					+ found.size() + " times in source " + request.source() + "; " + choose.words() + ": " + list
					+ (found.size() > MAX_LISTED_OCCURRENCES ? " | …" : ""), choose);
		}
		else {
			span = found.get(0);
		}
		return insert(ref, source, span[0], span[1], request.kind(), request.note(), request.tags(), null, null, "user");
	}

	/**
	 * Stores an annotation of a span already located (by a suggestion or an import).
	 * @param valueJson the structured value of the span, or null
	 * @param entityKey the entity it names, or null
	 */
	@Transactional
	public AnnotationView annotateSpan(String dataset, int sourceId, int start, int end, AnnotationKind kind, String note,
			List<String> tags, String valueJson, Long entityKey, String origin) {
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
		this.jdbc.sql("""
				insert into annotation (dataset_id, num, uid, source_id, kind, exact, prefix, suffix, start_pos, end_pos,
				  anchor, confidence, note, tags, value_json, entity_id, author, origin, created_at, modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'exact', 1.0, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.id(), number, UUID.randomUUID().toString(), source.key(), kind.key(), text.substring(start, end),
					Anchoring.prefix(text, start), Anchoring.suffix(text, end), start, end, blankToNull(note),
					joinTags(tags), valueJson, entityKey, this.author, origin, now, now)
			.update();
		return show(ref.name(), number);
	}

	@Transactional(readOnly = true)
	public List<AnnotationView> listAnnotations(String dataset, Integer source, AnnotationKind kind) {
		return listAnnotations(dataset, source, kind, null);
	}

	/** Annotations matching the filters (null: any), in number order; at most {@code limit} (null: all). */
	@Transactional(readOnly = true)
	public List<AnnotationView> listAnnotations(String dataset, Integer source, AnnotationKind kind, Integer limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(this.datasets.require(dataset), source, kind, params);
		ReadTracker.reads(Area.ANNOTATIONS);
		params.put("limit", limit == null ? Integer.MAX_VALUE : Math.max(0, limit));
		return this.jdbc.sql(SELECT + where + " order by a.num fetch first :limit rows only")
			.params(params)
			.query(AnnotationService::map)
			.list();
	}

	/** How many annotations match the filters (null: any). */
	@Transactional(readOnly = true)
	public int countAnnotations(String dataset, Integer source, AnnotationKind kind) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(this.datasets.require(dataset), source, kind, params);
		ReadTracker.reads(Area.ANNOTATIONS);
		return this.jdbc.sql("select count(*) from annotation a" + where).params(params).query(Integer.class).single();
	}

	/** The where clause of a listing; the source is found by its number first, so that a count needs no join. */
	private static String filters(DatasetRef ref, Integer source, AnnotationKind kind, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" where a.dataset_id = :dataset");
		params.put("dataset", ref.id());
		if (source != null) {
			sql.append(" and a.source_id = (select id from source where dataset_id = :dataset and num = :source)");
			params.put("source", source);
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
			.orElseThrow(() -> notFound(ref, id));
	}

	@Transactional
	public AnnotationView edit(String dataset, int id, AnnotationChanges changes) {
		DatasetRef ref = this.datasets.require(dataset);
		// The version is read first: if anything changes after it, the update below finds it changed.
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

	/** Follows a source's new text: each annotation is re-anchored or becomes an orphan. */
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
				this.jdbc.sql("update annotation set anchor = 'orphan', confidence = 0, start_pos = null, end_pos = null, version = version + 1 where id = ?")
					.param(anchor.key())
					.update();
			}
			else {
				String method = match.method() == Anchoring.Method.FUZZY ? "fuzzy"
						: match.method() == Anchoring.Method.QUOTE ? "quote" : "exact";
				// The quote selector keeps the words the user annotated; position and context follow the text.
				this.jdbc.sql("update annotation set anchor = ?, confidence = ?, start_pos = ?, end_pos = ?, prefix = ?, suffix = ?, version = version + 1 where id = ?")
					.params(method, match.confidence(), match.start(), match.end(),
							Anchoring.prefix(change.text(), match.start()), Anchoring.suffix(change.text(), match.end()),
							anchor.key())
					.update();
			}
		}
		this.revisions.changed(change.datasetId(), Area.ANNOTATIONS);
	}

	private static final String SELECT = """
			select a.num, a.uid, s.num as source_num, a.kind, a.exact, a.prefix, a.suffix, a.start_pos, a.end_pos,
			  a.anchor, a.confidence, a.note, a.tags, a.value_json, a.author, a.origin, a.created_at, a.modified_at
			from annotation a join source s on s.id = a.source_id""";

	private static AnnotationView map(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		return new AnnotationView(rs.getInt("num"), rs.getString("uid"), rs.getInt("source_num"), rs.getString("kind"),
				rs.getString("exact"), rs.getString("prefix"), rs.getString("suffix"), (Integer) rs.getObject("start_pos"),
				(Integer) rs.getObject("end_pos"), rs.getString("anchor"), rs.getDouble("confidence"), rs.getString("note"),
				tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")), rs.getString("value_json"),
				rs.getString("author"), rs.getString("origin"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant().toString(),
				rs.getObject("modified_at", OffsetDateTime.class).toInstant().toString());
	}

	private static CrosscheckException notFound(DatasetRef ref, int id) {
		return CrosscheckException.notFound("no annotation " + id + " in dataset " + ref.name(), Remedy.listIds("annotation"));
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
