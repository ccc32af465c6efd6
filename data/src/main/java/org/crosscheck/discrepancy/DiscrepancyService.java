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
import java.util.UUID;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Rows;
import org.crosscheck.common.Remedy;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.discrepancy.internal.Aligner;
import org.crosscheck.discrepancy.internal.CandidateIndex;
import org.crosscheck.discrepancy.internal.DiscrepancyChecker;
import org.crosscheck.discrepancy.internal.FactReader;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceText;
import org.crosscheck.story.StoryService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final Revisions revisions;

	private final Numbers numbers;

	private final String user;

	private final SourceService sources;

	private final FactReader facts;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbcTemplate;

	private final StoryService stories;

	private final AnnotationService annotations;

	DiscrepancyService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DatasetService datasets, Revisions revisions,
			Numbers numbers, SourceService sources, FactReader facts, TransactionTemplate transactions,
			StoryService stories, AnnotationService annotations,
			@Value("${crosscheck.user:${user.name:unknown}}") String user) {
		this.annotations = annotations;
		this.jdbcTemplate = jdbcTemplate;
		this.stories = stories;
		this.sources = sources;
		this.facts = facts;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.datasets = datasets;
		this.revisions = revisions;
		this.numbers = numbers;
		this.user = user;
	}

	/**
	 * Runs the automatic check over the dataset (or the given sources): raises what
	 * disagrees, records identical quotes as confirmations, and leaves alone every
	 * finding it raised before, whatever a person decided about it.
	 */
	public CheckReport checkDataset(String dataset, List<Integer> sourceIds) {
		long started = System.nanoTime();
		DatasetRef ref = this.datasets.require(dataset);
		Map<Integer, Long> keys = new java.util.HashMap<>();
		boolean whole = sourceIds == null || sourceIds.isEmpty();
		Checked checked = check(dataset, ref, sourceIds, keys);
		CheckResult result = checked.result();
		Map<String, Integer> raised = new java.util.TreeMap<>();
		// Findings repeating an earlier one's words were left out by the check; they
		// count as known, as before.
		int[] known = { result.repeats() };
		int[] confirmations = { 0 };
		this.transactions.executeWithoutResult(status -> {
			java.util.Set<String> fingerprints = new java.util.HashSet<>(
					this.jdbc.sql("select fingerprint from discrepancy where dataset_id = ?")
						.param(ref.id())
						.query(String.class)
						.list());
			Inserts rows = new Inserts(ref);
			for (Finding finding : result.findings()) {
				if (!fingerprints.add(finding.fingerprint())) {
					known[0]++;
					continue;
				}
				DiscrepancyKind kind = DiscrepancyKind.of(finding.kind());
				rows.add(row(ref, 0, kind, finding.severity().name().toLowerCase(Locale.ROOT), DiscrepancyStatus.OPEN,
						finding.fingerprint(), finding.summary(),
						finding.diff() == null || finding.diff().isEmpty() ? null : finding.diff(), finding.spans(),
						keys));
				raised.merge(kind.key(), 1, Integer::sum);
			}
			for (Confirmation confirmation : result.confirmations()) {
				String fingerprint = "confirmation:" + confirmation.fingerprint();
				if (!fingerprints.add(fingerprint)) {
					continue;
				}
				rows.add(row(ref, 0, DiscrepancyKind.of(confirmation.kind()), "low", DiscrepancyStatus.CONFIRMED,
						fingerprint, confirmation.summary(), null, confirmation.spans(), keys));
				confirmations[0]++;
			}
			if (rows.flush() > 0) {
				this.revisions.changed(ref.id(), Area.DISCREPANCIES);
			}
			if (whole) {
				// Only a check of the whole dataset knows every story; a check of some
				// sources leaves them as they were.
				this.stories.replaceStories(dataset,
						result.stories()
							.stream()
							.map(story -> story.stream().map(Integer::parseInt).toList())
							.toList());
			}
		});
		int aligned = result.alignments().stream().mapToInt(AlignmentSummary::alignedSentences).sum();
		int shared = (int) result.stories().stream().filter(story -> story.size() > 1).count();
		return new CheckReport(checked.sources(), aligned, raised, known[0], confirmations[0],
				(System.nanoTime() - started) / 1_000_000, result.stories().size(), shared, result.embedded(),
				result.notes());
	}

	/**
	 * Reads and checks the sources (all of the dataset's when {@code sourceIds} is null
	 * or empty) and puts each one's key under its id in {@code keys}.
	 */
	private Checked check(String dataset, DatasetRef ref, List<Integer> sourceIds, Map<Integer, Long> keys) {
		CandidateIndex index = index(dataset, ref, sourceIds, keys);
		int sources = index.size();
		Map<String, String> pins = new java.util.HashMap<>();
		this.stories.pins(dataset).forEach((source, story) -> pins.put(String.valueOf(source), story));
		// Only the first finding of each fingerprint can be stored: repeats are counted,
		// not held.
		return new Checked(new DiscrepancyChecker().onePerFingerprint().withPins(pins).checkAndRelease(index), sources);
	}

	/**
	 * The sources analysed and indexed. Their texts and facts are held by the index alone
	 * once this returns, so that the check lets go of each source when it is done with
	 * it.
	 */
	private CandidateIndex index(String dataset, DatasetRef ref, List<Integer> sourceIds, Map<Integer, Long> keys) {
		List<SourceText> texts = sourceIds == null || sourceIds.isEmpty() ? this.sources.sourceTexts(dataset)
				: sourceIds.stream().map(id -> this.sources.sourceText(dataset, id)).toList();
		texts.forEach(t -> keys.put(t.id(), t.key()));
		Map<Long, List<Fact>> facts = this.facts.factsOf(ref, texts);
		CandidateIndex index = new CandidateIndex();
		index.addAll(texts, t -> ComparedSource.of(String.valueOf(t.id()), t.text(),
				facts.getOrDefault(t.key(), List.of()), t.publishedDay()));
		return index;
	}

	/** What a check found, and how many sources it compared. */
	private record Checked(CheckResult result, int sources) {
	}

	/**
	 * Rows a thousand at a time: a check of thousands of sources never holds every row
	 * (and its JSON) at once.
	 */
	private final class Inserts {

		private static final int BATCH = 1000;

		private final DatasetRef ref;

		private final List<Object[]> rows = new ArrayList<>();

		private int inserted;

		Inserts(DatasetRef ref) {
			this.ref = ref;
		}

		void add(Object[] row) {
			this.rows.add(row);
			if (this.rows.size() == BATCH) {
				flush();
			}
		}

		/** Inserts what is pending; returns how many rows were inserted in all. */
		int flush() {
			if (!this.rows.isEmpty()) {
				DiscrepancyService.this.numbers.number(this.ref.id(), "discrepancy", this.rows, 1);
				DiscrepancyService.this.jdbcTemplate.batchUpdate(INSERT, this.rows);
				this.inserted += this.rows.size();
				this.rows.clear();
			}
			return this.inserted;
		}

	}

	/** One row of the batch insert of a check's findings. */
	private static Object[] row(DatasetRef ref, int number, DiscrepancyKind kind, String severity,
			DiscrepancyStatus status, String fingerprint, String summary, String diff, List<Span> spans,
			Map<Integer, Long> keys) {
		Side left = spans.isEmpty() ? null : side(keys, spans.get(0));
		Side right = spans.size() < 2 ? null : side(keys, spans.get(1));
		String spansJson = spans.size() > 2 || kind == DiscrepancyKind.OMISSION
				? json(spans.stream().map(DiscrepancyService::view).toList()) : null;
		return values(ref, number, kind, severity, status, TOOL, fingerprint, summary, diff, left, right, spansJson,
				null);
	}

	private static Side side(Map<Integer, Long> keys, Span span) {
		return new Side(keys.get(Integer.parseInt(span.sourceId())), span.start(), span.end(), span.exact());
	}

	/**
	 * Two sources side by side: aligned sentences with their differences, and what one
	 * alone has.
	 */
	@Transactional(readOnly = true)
	public ComparisonView compare(String dataset, int left, int right) {
		DatasetRef ref = this.datasets.require(dataset);
		SourceText a = this.sources.sourceText(dataset, left);
		SourceText b = this.sources.sourceText(dataset, right);
		Map<Long, List<Fact>> facts = this.facts.factsOf(ref, List.of(a, b));
		Alignment alignment = Aligner.align(
				ComparedSource.of(String.valueOf(left), a.text(), facts.getOrDefault(a.key(), List.of())),
				ComparedSource.of(String.valueOf(right), b.text(), facts.getOrDefault(b.key(), List.of())));
		return new ComparisonView(left, right,
				alignment.pairs()
					.stream()
					.map(p -> new ComparisonView.PairView(view(p.a()), view(p.b()), p.similarity(), p.diff()))
					.toList(),
				alignment.onlyInA().stream().map(DiscrepancyService::view).toList(),
				alignment.onlyInB().stream().map(DiscrepancyService::view).toList());
	}

	private static SpanView view(Span span) {
		return new SpanView(Integer.parseInt(span.sourceId()), span.start(), span.end(), span.exact());
	}

	@Transactional(readOnly = true)
	public List<DiscrepancyView> listDiscrepancies(String dataset, String status, String kind, Integer source) {
		return listDiscrepancies(dataset, status, kind, source, null);
	}

	/** How many discrepancies match the filters (null: any). */
	@Transactional(readOnly = true)
	public int countDiscrepancies(String dataset, String status, String kind, Integer source) {
		return countDiscrepancies(dataset, status, kind, source, null);
	}

	/**
	 * How many discrepancies match the filters (null: any), {@code story} a story's
	 * number.
	 */
	@Transactional(readOnly = true)
	public int countDiscrepancies(String dataset, String status, String kind, Integer source, Integer story) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.DISCREPANCIES);
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(ref, status, kind, source, storySources(dataset, story), params);
		return this.jdbc.sql("select count(*) from discrepancy d" + where).params(params).query(Integer.class).single();
	}

	/** The sources of story {@code story}, or null for no story filter. */
	private List<Integer> storySources(String dataset, Integer story) {
		return story == null ? null : this.stories.show(dataset, story).sources();
	}

	private String filters(DatasetRef ref, String status, String kind, Integer source, List<Integer> story,
			Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" where d.dataset_id = :dataset");
		params.put("dataset", ref.id());
		if (status != null) {
			sql.append(" and d.status = :status");
			params.put("status", DiscrepancyStatus.of(status).key());
		}
		if (kind != null) {
			sql.append(" and d.kind = :kind");
			params.put("kind", DiscrepancyKind.of(kind).key());
		}
		if (source != null) {
			sql.append(" and (d.left_source = :source or d.right_source = :source)");
			params.put("source", this.sources.sourceKey(ref.id(), source).orElse(-1L));
		}
		if (story != null) {
			sql.append(" and (d.left_source in (:story) or d.right_source in (:story))");
			List<Long> keys = List.copyOf(this.sources.sourceKeys(ref.id(), story).values());
			params.put("story", keys.isEmpty() ? List.of(-1L) : keys);
		}
		return sql.toString();
	}

	/**
	 * Discrepancies matching the filters, gravest first; at most {@code limit} (null:
	 * all).
	 */
	@Transactional(readOnly = true)
	public List<DiscrepancyView> listDiscrepancies(String dataset, String status, String kind, Integer source,
			Integer limit) {
		return listDiscrepancies(dataset, status, kind, source, null, limit);
	}

	/**
	 * Discrepancies matching the filters, {@code story} a story's number (null: any),
	 * gravest first.
	 */
	@Transactional(readOnly = true)
	public List<DiscrepancyView> listDiscrepancies(String dataset, String status, String kind, Integer source,
			Integer story, Integer limit) {
		return pageDiscrepancies(dataset, status, kind, source, story, 0, limit == null ? Integer.MAX_VALUE : limit);
	}

	/**
	 * One page of what {@link #listDiscrepancies} lists, in the same order, for a lazy
	 * grid (read-only; the filters are the same).
	 */
	@Transactional(readOnly = true)
	public List<DiscrepancyView> pageDiscrepancies(String dataset, String status, String kind, Integer source,
			int offset, int limit) {
		return pageDiscrepancies(dataset, status, kind, source, null, offset, limit);
	}

	/**
	 * One page of the discrepancies matching the filters, {@code story} a story's number
	 * (null: any).
	 */
	@Transactional(readOnly = true)
	public List<DiscrepancyView> pageDiscrepancies(String dataset, String status, String kind, Integer source,
			Integer story, int offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(this.datasets.require(dataset), status, kind, source, storySources(dataset, story),
				params);
		ReadTracker.reads(Area.DISCREPANCIES);
		params.put("offset", Math.max(0, offset));
		params.put("limit", Math.max(0, limit));
		return views(this.jdbc
			.sql(SELECT + where + " order by case d.severity when 'high' then 0 when 'medium' then 1 else 2 end, d.num"
					+ " offset :offset rows fetch next :limit rows only")
			.params(params)
			.query(DiscrepancyService::map)
			.list());
	}

	@Transactional(readOnly = true)
	public DiscrepancyView show(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.DISCREPANCIES);
		return this.jdbc.sql(SELECT + " where d.dataset_id = ? and d.num = ?")
			.params(ref.id(), id)
			.query(DiscrepancyService::map)
			.optional()
			.map(stored -> views(List.of(stored)).getFirst())
			.orElseThrow(() -> CrosscheckException.notFound("no discrepancy " + id + " in dataset " + ref.name(),
					Remedy.listIds("discrepancy")));
	}

	/** A discrepancy a person found between two annotations. */
	@Transactional
	public DiscrepancyView flag(String dataset, int leftAnnotation, int rightAnnotation, String kind, String note) {
		DatasetRef ref = this.datasets.require(dataset);
		DiscrepancyKind flagged = kind == null ? DiscrepancyKind.WORDING : DiscrepancyKind.of(kind);
		Object[] left = annotation(ref, leftAnnotation);
		Object[] right = annotation(ref, rightAnnotation);
		String fingerprint = Integer.toHexString((flagged.key() + "|" + left[0] + "|" + right[0]).hashCode()) + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
		int number = insert(ref, flagged, "medium", DiscrepancyStatus.OPEN, this.user, fingerprint,
				"flagged by " + this.user + (note == null || note.isBlank() ? "" : ": " + note.strip()), null,
				new Side((Long) left[1], (Integer) left[2], (Integer) left[3], (String) left[4]),
				new Side((Long) right[1], (Integer) right[2], (Integer) right[3], (String) right[4]), null,
				note == null || note.isBlank() ? null : stamp(note));
		return show(dataset, number);
	}

	/** Records a person's decision on a discrepancy, with a note. */
	@Transactional
	public DiscrepancyView resolve(String dataset, int id, String status, String note) {
		return resolve(dataset, id, status, note, null);
	}

	/**
	 * Records a decision, provided the discrepancy is still at {@code expectedVersion}
	 * (what the person saw; null: as read now). A concurrent change is reported, never
	 * overwritten.
	 */
	@Transactional
	public DiscrepancyView resolve(String dataset, int id, String status, String note, Integer expectedVersion) {
		DatasetRef ref = this.datasets.require(dataset);
		DiscrepancyStatus decision = DiscrepancyStatus.of(status);
		// Version and notes are read together, and the row is locked until the decision
		// is stored: the new notes
		// extend exactly the version that is checked, and a concurrent decision waits and
		// then extends the next one
		// (H2 could otherwise let a writer that waited on the row overwrite the first
		// writer's notes).
		record Current(int version, String notes) {
		}
		Current current = this.jdbc
			.sql("select version, notes from discrepancy where dataset_id = ? and num = ? for update")
			.params(ref.id(), id)
			.query((rs, row) -> new Current(rs.getInt(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> CrosscheckException.notFound("no discrepancy " + id + " in dataset " + ref.name(),
					Remedy.listIds("discrepancy")));
		int version = current.version();
		if (expectedVersion != null && expectedVersion != version) {
			throw changedMeanwhile(id);
		}
		String notes = current.notes();
		if (note != null && !note.isBlank()) {
			notes = (notes == null ? "" : notes + "\n") + stamp(decision.key() + ": " + note.strip());
		}
		int updated = this.jdbc.sql("""
				update discrepancy set status = ?, notes = ?, updated_at = ?, version = version + 1
				where dataset_id = ? and num = ? and version = ?""")
			.params(decision.key(), notes, OffsetDateTime.now(ZoneOffset.UTC), ref.id(), id, version)
			.update();
		if (updated == 0) {
			throw changedMeanwhile(id);
		}
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
		return show(dataset, id);
	}

	/**
	 * The version a decision must match, for front ends that show a discrepancy before
	 * changing it.
	 */
	@Transactional(readOnly = true)
	public int version(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		return this.jdbc.sql("select version from discrepancy where dataset_id = ? and num = ?")
			.params(ref.id(), id)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> CrosscheckException.notFound("no discrepancy " + id + " in dataset " + ref.name(),
					Remedy.listIds("discrepancy")));
	}

	private static CrosscheckException changedMeanwhile(int id) {
		return CrosscheckException.conflict("discrepancy " + id + " was changed by someone else meanwhile",
				Remedy.reloadAndDecide("discrepancy", id));
	}

	private String stamp(String note) {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + " " + this.user + ": " + note.strip();
	}

	/** One side of a discrepancy, by source key. */
	record Side(Long sourceKey, Integer start, Integer end, String exact) {
	}

	private static final String INSERT = """
			insert into discrepancy (dataset_id, num, uid, kind, severity, status, raised_by, fingerprint, summary, diff,
			  left_source, left_start, left_end, left_exact, right_source, right_start, right_end, right_exact,
			  spans_json, notes, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	int insert(DatasetRef ref, DiscrepancyKind kind, String severity, DiscrepancyStatus status, String raisedBy,
			String fingerprint, String summary, String diff, Side left, Side right, String spansJson, String notes) {
		int number = this.numbers.next(ref.id(), "discrepancy");
		this.jdbc.sql(INSERT)
			.params(values(ref, number, kind, severity, status, raisedBy, fingerprint, summary, diff, left, right,
					spansJson, notes))
			.update();
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
		return number;
	}

	private static Object[] values(DatasetRef ref, int number, DiscrepancyKind kind, String severity,
			DiscrepancyStatus status, String raisedBy, String fingerprint, String summary, String diff, Side left,
			Side right, String spansJson, String notes) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		return new Object[] { ref.id(), number, UUID.randomUUID().toString(), kind.key(), severity, status.key(),
				raisedBy, fingerprint, summary, diff, left == null ? null : left.sourceKey(),
				left == null ? null : left.start(), left == null ? null : left.end(),
				left == null ? null : left.exact(), right == null ? null : right.sourceKey(),
				right == null ? null : right.start(), right == null ? null : right.end(),
				right == null ? null : right.exact(), spansJson, notes, now, now };
	}

	/** key, source key, start, end, exact of an annotation. */
	private Object[] annotation(DatasetRef ref, int id) {
		return this.annotations.annotationRow(ref.id(), id)
			.map(a -> new Object[] { a.key(), a.sourceKey(), a.start(), a.end(), a.exact() })
			.orElseThrow(() -> CrosscheckException.notFound("no annotation " + id + " in dataset " + ref.name(),
					Remedy.listIds("annotation")));
	}

	// ---- for the features that copy discrepancies (bundles)

	/**
	 * Every discrepancy of the dataset with all its columns, in number order,
	 * {@code page} rows a query.
	 */
	@Transactional(readOnly = true)
	public void eachDiscrepancyRow(long datasetId, int page, java.util.function.Consumer<DiscrepancyRow> record) {
		Rows.pages(this.jdbc,
				"select * from discrepancy where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only",
				datasetId, page,
				(rs, row) -> new DiscrepancyRow(rs.getLong("id"), rs.getInt("num"), rs.getString("uid"),
						rs.getString("kind"), rs.getString("severity"), rs.getString("status"),
						rs.getString("raised_by"), rs.getString("fingerprint"), rs.getString("summary"),
						rs.getString("diff"), Rows.key(rs, "left_source"), Rows.integer(rs, "left_start"),
						Rows.integer(rs, "left_end"), rs.getString("left_exact"), Rows.key(rs, "right_source"),
						Rows.integer(rs, "right_start"), Rows.integer(rs, "right_end"), rs.getString("right_exact"),
						rs.getString("spans_json"), rs.getString("notes"), Rows.time(rs, "created_at"),
						Rows.time(rs, "updated_at")),
				DiscrepancyRow::num, record);
	}

	/**
	 * Inserts discrepancies as they are, numbers and uids included, in batches inside the
	 * caller's transaction; returns their keys in the order given. The caller has taken
	 * the numbers.
	 */
	@Transactional
	public List<Long> insertDiscrepancyRows(long datasetId, List<DiscrepancyRow> rows) {
		return Rows.insertNumbered(this.jdbcTemplate, INSERT, rows,
				d -> new Object[] { datasetId, d.num(), d.uid(), d.kind(), d.severity(), d.status(), d.raisedBy(),
						d.fingerprint(), d.summary(), d.diff(), d.leftSource(), d.leftStart(), d.leftEnd(),
						d.leftExact(), d.rightSource(), d.rightStart(), d.rightEnd(), d.rightExact(), d.spansJson(),
						d.notes(), d.createdAt(), d.updatedAt() },
				DiscrepancyRow::num,
				nums -> Rows.pairs(this.jdbc,
						"select num, id from discrepancy where dataset_id = :dataset and num in (:keys)", datasetId,
						nums, Integer.class, Long.class));
	}

	/**
	 * Stores the status and notes a merge of another copy of the dataset settled on for
	 * the discrepancy.
	 */
	@Transactional
	public void mergeDecision(long key, DiscrepancyStatus status, String notes) {
		this.jdbc
			.sql("update discrepancy set status = ?, notes = ?, updated_at = ?, version = version + 1 where id = ?")
			.params(status.key(), notes, OffsetDateTime.now(ZoneOffset.UTC), key)
			.update();
	}

	private static final String SELECT = "select d.* from discrepancy d";

	/**
	 * A side of a two-sided discrepancy as stored: its source by key, whose number the
	 * source feature knows.
	 */
	private record StoredSide(long sourceKey, Integer start, Integer end, String exact) {
	}

	/**
	 * A discrepancy as read; its sides become spans once their sources' numbers are
	 * known.
	 */
	private record Stored(DiscrepancyView view, StoredSide left, StoredSide right) {
	}

	private static Stored map(ResultSet rs, int row) throws SQLException {
		List<SpanView> spans = new ArrayList<>();
		String spansJson = rs.getString("spans_json");
		if (spansJson != null) {
			spans.addAll(JSON.readValue(spansJson, new TypeReference<List<SpanView>>() {
			}));
		}
		StoredSide left = spansJson != null ? null : side(rs, "left");
		StoredSide right = spansJson != null ? null : side(rs, "right");
		return new Stored(new DiscrepancyView(rs.getInt("num"), rs.getString("uid"), rs.getString("kind"),
				rs.getString("severity"), rs.getString("status"), rs.getString("raised_by"), rs.getString("summary"),
				rs.getString("diff"), spans, rs.getString("notes"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant().toString(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant().toString()), left, right);
	}

	private static StoredSide side(ResultSet rs, String side) throws SQLException {
		Long source = rs.getObject(side + "_source", Long.class);
		return source == null ? null : new StoredSide(source, (Integer) rs.getObject(side + "_start"),
				(Integer) rs.getObject(side + "_end"), rs.getString(side + "_exact"));
	}

	private List<DiscrepancyView> views(List<Stored> stored) {
		List<Long> keys = stored.stream()
			.flatMap(s -> java.util.stream.Stream.of(s.left(), s.right()))
			.filter(java.util.Objects::nonNull)
			.map(StoredSide::sourceKey)
			.distinct()
			.toList();
		Map<Long, Integer> numbers = keys.isEmpty() ? Map.of() : this.sources.sourceNumbers(keys);
		return stored.stream().map(s -> view(s, numbers)).toList();
	}

	private static DiscrepancyView view(Stored stored, Map<Long, Integer> numbers) {
		if (stored.left() == null && stored.right() == null) {
			return stored.view();
		}
		List<SpanView> spans = new ArrayList<>(stored.view().spans());
		for (StoredSide side : java.util.Arrays.asList(stored.left(), stored.right())) {
			if (side != null && numbers.containsKey(side.sourceKey())) {
				spans.add(new SpanView(numbers.get(side.sourceKey()), side.start(), side.end(), side.exact()));
			}
		}
		DiscrepancyView v = stored.view();
		return new DiscrepancyView(v.id(), v.uid(), v.kind(), v.severity(), v.status(), v.raisedBy(), v.summary(),
				v.diff(), spans, v.notes(), v.created(), v.updated());
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
