package org.crosscheck.exchange.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.discrepancy.DiscrepancyStatus;
import org.crosscheck.exchange.BundleImport;
import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
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
 * Writes a checked bundle into a dataset, inside the caller's transaction. Into a dataset the
 * import has just created, records keep their numbers, so the copy reads as the original;
 * into an existing one, sources are matched by content hash and other records by uid, only
 * what is new is added (with the next free numbers), and decisions made here are never
 * overwritten.
 */
public final class BundleMerger {

	private final JdbcClient jdbc;

	private final Revisions revisions;

	private final Numbers numbers;

	private final DatasetRef target;

	private final boolean fresh;

	private final Map<String, Integer> added = new TreeMap<>();

	private final Map<String, Integer> alreadyThere = new TreeMap<>();

	private final List<BundleImport.DecisionConflict> conflicts = new ArrayList<>();

	private final Set<Area> touched = EnumSet.noneOf(Area.class);

	private int decisionsAdopted;

	private int notesMerged;

	private int orphaned;

	/** Bundle uid to database key in the target dataset, per table. */
	private final Map<String, Map<String, Long>> keys = new HashMap<>();

	/** Sources matched to a source of the dataset whose cleaned text differs from the bundle's: uid to key here. */
	private final Map<String, Long> differentText = new HashMap<>();

	/** The text here of the last source in {@link #differentText} asked for: annotations come source by source. */
	private Map.Entry<String, String> otherText = Map.entry("", "");

	private record Existing(long key, String uid) {
	}

	/** Sources here by content hash. */
	private final Map<String, Existing> sourcesByHash = new HashMap<>();

	/** Entities here by kind and name. */
	private final Map<String, Long> entitiesByName = new HashMap<>();

	private record Here(long key, int num, String status, String notes, String summary) {
	}

	private final Map<String, Here> discrepanciesByUid = new HashMap<>();

	private final Map<String, Here> discrepanciesByFingerprint = new HashMap<>();

	/** Source numbers here by key, for the passages of many-sided discrepancies. */
	private final Map<Long, Integer> sourceNumbers = new HashMap<>();

	public BundleMerger(JdbcClient jdbc, Revisions revisions, Numbers numbers, DatasetRef target, boolean fresh) {
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.numbers = numbers;
		this.target = target;
		this.fresh = fresh;
		for (String table : List.of("source", "entity", "annotation", "claim", "contract", "event", "discrepancy")) {
			Map<String, Long> byUid = new HashMap<>();
			this.jdbc.sql("select uid, id from " + table + " where dataset_id = ?")
				.param(target.id())
				.query((rs, row) -> byUid.put(rs.getString(1), rs.getLong(2)))
				.list();
			this.keys.put(table, byUid);
		}
	}

	/** Merges the checked bundle, reading it entry by entry and record by record, never whole. */
	public BundleImport merge(BundleReader bundle) {
		for (String entry : BundleModel.ENTRIES) {
			this.added.put(name(entry), 0);
			this.alreadyThere.put(name(entry), 0);
		}
		this.jdbc.sql("select id, uid, content_hash from source where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> this.sourcesByHash.put(rs.getString(3).strip(), new Existing(rs.getLong(1), rs.getString(2))))
			.list();
		bundle.records(BundleModel.SOURCES, SourceRecord.class, this::source);
		this.jdbc.sql("select id, kind, name from entity where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> this.entitiesByName.put(nameKey(rs.getString(2), rs.getString(3)), rs.getLong(1)))
			.list();
		bundle.records(BundleModel.ENTITIES, EntityRecord.class, this::entity);
		bundle.records(BundleModel.ANNOTATIONS, AnnotationRecord.class, this::annotation);
		bundle.records(BundleModel.CLAIMS, ClaimRecord.class, this::claim);
		bundle.records(BundleModel.CONTRACTS, ContractRecord.class, this::contract);
		bundle.records(BundleModel.EVENTS, EventRecord.class, this::event);
		this.jdbc.sql("select id, num, uid, fingerprint, status, notes, summary from discrepancy where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> {
				Here here = new Here(rs.getLong(1), rs.getInt(2), rs.getString(5), rs.getString(6), rs.getString(7));
				this.discrepanciesByUid.put(rs.getString(3), here);
				this.discrepanciesByFingerprint.put(rs.getString(4), here);
				return null;
			})
			.list();
		bundle.records(BundleModel.DISCREPANCIES, DiscrepancyRecord.class, this::discrepancy);
		bundle.records(BundleModel.EVIDENCE, EvidenceRecord.class, this::evidence);
		// The revision must be known before the cells are written, and whether the notebook changed before that.
		Set<String> cellsHere = cellKeys();
		Set<String> seen = new HashSet<>(cellsHere);
		boolean[] newCells = { false };
		bundle.records(BundleModel.CELLS, CellRecord.class, cell -> newCells[0] |= seen.add(cellKey(cell)));
		if (newCells[0]) {
			this.touched.add(Area.NOTEBOOK);
		}
		long revision = this.touched.isEmpty() ? this.revisions.current(this.target.id())
				: this.revisions.changed(this.target.id(), this.touched.toArray(Area[]::new));
		bundle.records(BundleModel.CELLS, CellRecord.class, cell -> {
			if (cellsHere.add(cellKey(cell))) {
				cell(cell, revision);
			}
			else {
				count(this.alreadyThere, BundleModel.CELLS);
			}
		});
		return new BundleImport(this.target.name(), this.fresh, this.added, this.alreadyThere, List.copyOf(this.conflicts),
				this.decisionsAdopted, this.notesMerged, this.orphaned);
	}

	private void source(SourceRecord source) {
		Map<String, Long> keys = this.keys.get("source");
		Existing same = this.sourcesByHash.get(source.contentHash());
		Long key = same != null ? Long.valueOf(same.key()) : keys.get(source.uid());
		if (key != null) {
			keys.put(source.uid(), key);
			count(this.alreadyThere, BundleModel.SOURCES);
			if (!text(key).equals(source.cleanText())) {
				this.differentText.put(source.uid(), key);
			}
			return;
		}
		int number = this.fresh ? source.num() : nextNum("source");
		this.jdbc.sql("""
				insert into source (dataset_id, num, uid, title, outlet, url, author, published, published_at,
				  retrieved_at, content_hash, format, file_name, raw_text, clean_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.target.id(), number, source.uid(), source.title(), source.outlet(), source.url(),
					source.author(), source.published(), time(source.publishedAt()), time(source.retrievedAt()),
					source.contentHash(), source.format(), source.fileName(), source.rawText(), source.cleanText())
			.update();
		key = key("source", number);
		keys.put(source.uid(), key);
		this.sourceNumbers.put(key, number);
		this.sourcesByHash.put(source.contentHash(), new Existing(key, source.uid()));
		count(this.added, BundleModel.SOURCES);
		this.touched.add(Area.SOURCES);
	}

	private String text(long sourceKey) {
		return this.jdbc.sql("select clean_text from source where id = ?").param(sourceKey).query(String.class).single();
	}

	private void entity(EntityRecord entity) {
		Map<String, Long> keys = this.keys.get("entity");
		Long key = keys.get(entity.uid());
		if (key == null) {
			// The same organisation found independently by two people is one entity, not two.
			key = this.entitiesByName.get(nameKey(entity.kind(), entity.name()));
		}
		if (key != null) {
			keys.put(entity.uid(), key);
			count(this.alreadyThere, BundleModel.ENTITIES);
			for (String alias : list(entity.aliases())) {
				int inserted = this.jdbc.sql("""
						insert into entity_alias (entity_id, alias) select ?, ? where not exists
						  (select 1 from entity_alias where entity_id = ? and alias = ?)""")
					.params(key, alias, key, alias)
					.update();
				if (inserted > 0) {
					this.touched.add(Area.ENTITIES);
				}
			}
			return;
		}
		int number = this.fresh ? entity.num() : nextNum("entity");
		this.jdbc.sql("insert into entity (dataset_id, num, uid, kind, name, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(this.target.id(), number, entity.uid(), entity.kind(), entity.name(), time(entity.createdAt()))
			.update();
		key = key("entity", number);
		keys.put(entity.uid(), key);
		this.entitiesByName.put(nameKey(entity.kind(), entity.name()), key);
		for (String alias : new LinkedHashSet<>(list(entity.aliases()))) {
			this.jdbc.sql("insert into entity_alias (entity_id, alias) values (?, ?)").params(key, alias).update();
		}
		count(this.added, BundleModel.ENTITIES);
		this.touched.add(Area.ENTITIES);
	}

	private void annotation(AnnotationRecord annotation) {
		Map<String, Long> keys = this.keys.get("annotation");
		if (keys.containsKey(annotation.uid())) {
			count(this.alreadyThere, BundleModel.ANNOTATIONS);
			return;
		}
		Integer start = annotation.start();
		Integer end = annotation.end();
		String prefix = annotation.prefix();
		String suffix = annotation.suffix();
		String anchor = annotation.anchor() == null ? "exact" : annotation.anchor();
		double confidence = annotation.confidence() == null ? 1.0 : annotation.confidence();
		Long otherSource = this.differentText.get(annotation.source());
		if (otherSource != null) {
			// This dataset's copy of the source reads differently: anchor the words to it, or say they are lost.
			if (!this.otherText.getKey().equals(annotation.source())) {
				this.otherText = Map.entry(annotation.source(), text(otherSource));
			}
			String otherText = this.otherText.getValue();
			boolean stillThere = start != null && end <= otherText.length()
					&& otherText.substring(start, end).equals(annotation.exact());
			if (!stillThere) {
				TextLocator.Located located = TextLocator.locate(otherText, annotation.exact(), prefix, suffix, start);
				if (located == null) {
					start = null;
					end = null;
					anchor = "orphan";
					confidence = 0;
					this.orphaned++;
				}
				else {
					start = located.start();
					end = located.end();
					prefix = TextLocator.prefix(otherText, start);
					suffix = TextLocator.suffix(otherText, end);
					anchor = "quote";
				}
			}
		}
		int number = this.fresh ? annotation.num() : nextNum("annotation");
		this.jdbc.sql("""
				insert into annotation (dataset_id, num, uid, source_id, kind, exact, prefix, suffix, start_pos, end_pos,
				  anchor, confidence, note, tags, value_json, entity_id, author, origin, created_at, modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.target.id(), number, annotation.uid(), this.keys.get("source").get(annotation.source()),
					annotation.kind(), annotation.exact(), prefix, suffix, start, end, anchor, confidence,
					annotation.note(), tags(annotation.tags()), annotation.value(),
					annotation.entity() == null ? null : this.keys.get("entity").get(annotation.entity()),
					annotation.author(), annotation.origin() == null ? "user" : annotation.origin(),
					time(annotation.created()), time(annotation.modified()))
			.update();
		keys.put(annotation.uid(), key("annotation", number));
		count(this.added, BundleModel.ANNOTATIONS);
		this.touched.add(Area.ANNOTATIONS);
	}

	private void claim(ClaimRecord claim) {
		Map<String, Long> keys = this.keys.get("claim");
		if (keys.containsKey(claim.uid())) {
			count(this.alreadyThere, BundleModel.CLAIMS);
			return;
		}
		int number = this.fresh ? claim.num() : nextNum("claim");
		this.jdbc.sql("""
				insert into claim (dataset_id, num, uid, subject, predicate, value_kind, value_json, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.target.id(), number, claim.uid(), claim.subject(), claim.predicate(), claim.valueKind(),
					claim.value(), time(claim.createdAt()))
			.update();
		keys.put(claim.uid(), key("claim", number));
		count(this.added, BundleModel.CLAIMS);
		this.touched.add(Area.CLAIMS);
	}

	private void contract(ContractRecord c) {
		Map<String, Long> keys = this.keys.get("contract");
		if (keys.containsKey(c.uid())) {
			count(this.alreadyThere, BundleModel.CONTRACTS);
			return;
		}
		int number = this.fresh ? c.num() : nextNum("contract");
		this.jdbc.sql("""
				insert into contract (dataset_id, num, uid, vendor, agency, currency, obligated, ceiling, award_date,
				  award_precision, period_end, period_precision, options_end, options_precision, purpose, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.target.id(), number, c.uid(), c.vendor(), c.agency(), c.currency(), decimal(c.obligated()),
					decimal(c.ceiling()), c.awardDate(), c.awardPrecision(), c.periodEnd(), c.periodPrecision(),
					c.optionsEnd(), c.optionsPrecision(), c.purpose(), time(c.createdAt()))
			.update();
		keys.put(c.uid(), key("contract", number));
		count(this.added, BundleModel.CONTRACTS);
		this.touched.add(Area.CLAIMS);
	}

	private void event(EventRecord e) {
		Map<String, Long> keys = this.keys.get("event");
		if (keys.containsKey(e.uid())) {
			count(this.alreadyThere, BundleModel.EVENTS);
			return;
		}
		int number = this.fresh ? e.num() : nextNum("event");
		this.jdbc.sql("""
				insert into event (dataset_id, num, uid, date_start, date_end, date_precision, date_status, date_text,
				  description, entities, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.target.id(), number, e.uid(), date(e.start()), date(e.end()), e.precision(), e.status(),
					e.dateText(), e.description(), list(e.entities()).isEmpty() ? null : String.join("\n", e.entities()),
					time(e.createdAt()))
			.update();
		keys.put(e.uid(), key("event", number));
		count(this.added, BundleModel.EVENTS);
		this.touched.add(Area.CLAIMS);
	}

	/** The passages of a many-sided discrepancy as the discrepancy feature stores them: sources by their number here. */
	private String spansJson(List<Span> spans) {
		if (spans == null) {
			return null;
		}
		tools.jackson.databind.node.ArrayNode array = Json.mapper().createArrayNode();
		for (Span span : spans) {
			tools.jackson.databind.node.ObjectNode node = array.addObject();
			long source = this.keys.get("source").get(span.source());
			node.put("source", this.sourceNumbers.computeIfAbsent(source, key -> this.jdbc
				.sql("select num from source where id = ?").param(key).query(Integer.class).single()));
			node.put("start", span.start());
			node.put("end", span.end());
			node.put("exact", span.exact());
		}
		return Json.mapper().writeValueAsString(array);
	}

	private void discrepancy(DiscrepancyRecord d) {
		Map<String, Long> keys = this.keys.get("discrepancy");
		// The checker gives the same disagreement the same fingerprint wherever it ran.
		Here here = this.discrepanciesByUid.containsKey(d.uid()) ? this.discrepanciesByUid.get(d.uid())
				: this.discrepanciesByFingerprint.get(d.fingerprint());
		if (here != null) {
			keys.put(d.uid(), here.key());
			count(this.alreadyThere, BundleModel.DISCREPANCIES);
			DiscrepancyStatus ours = DiscrepancyStatus.of(here.status());
			DiscrepancyStatus theirs = DiscrepancyStatus.of(d.status());
			String status = ours.mergedWith(theirs).key();
			if (ours != theirs && !ours.isDecided()) {
				this.decisionsAdopted++;
			}
			else if (ours.contradicts(theirs)) {
				this.conflicts.add(new BundleImport.DecisionConflict(here.num(), here.summary(), here.status(),
						d.status()));
			}
			String notes = mergeNotes(here.notes(), d.notes());
			if (notes != null) {
				this.notesMerged++;
			}
			if (notes != null || !status.equals(here.status())) {
				this.jdbc.sql("update discrepancy set status = ?, notes = ?, updated_at = ?, version = version + 1 where id = ?")
					.params(status, notes == null ? here.notes() : notes, OffsetDateTime.now(ZoneOffset.UTC), here.key())
					.update();
				this.touched.add(Area.DISCREPANCIES);
			}
			return;
		}
		int number = this.fresh ? d.num() : nextNum("discrepancy");
		Span left = d.left();
		Span right = d.right();
		this.jdbc.sql("""
				insert into discrepancy (dataset_id, num, uid, kind, severity, status, raised_by, fingerprint, summary,
				  diff, left_source, left_start, left_end, left_exact, right_source, right_start, right_end, right_exact,
				  spans_json, notes, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.target.id(), number, d.uid(), d.kind(), d.severity(), d.status(), d.raisedBy(),
					d.fingerprint(), d.summary(), d.diff(), left == null ? null : this.keys.get("source").get(left.source()),
					left == null ? null : left.start(), left == null ? null : left.end(),
					left == null ? null : left.exact(),
					right == null ? null : this.keys.get("source").get(right.source()),
					right == null ? null : right.start(), right == null ? null : right.end(),
					right == null ? null : right.exact(), spansJson(d.spans()), d.notes(), time(d.createdAt()),
					time(d.updatedAt()))
			.update();
		Here inserted = new Here(key("discrepancy", number), number, d.status(), d.notes(), d.summary());
		keys.put(d.uid(), inserted.key());
		this.discrepanciesByFingerprint.put(d.fingerprint(), inserted);
		count(this.added, BundleModel.DISCREPANCIES);
		this.touched.add(Area.DISCREPANCIES);
	}

	private void evidence(EvidenceRecord link) {
		Long owner = this.keys.get(link.ownerKind()).get(link.owner());
		Long annotation = this.keys.get("annotation").get(link.annotation());
		int inserted = this.jdbc.sql("""
				insert into evidence (owner_kind, owner_id, annotation_id, role) select ?, ?, ?, ? where not exists
				  (select 1 from evidence where owner_kind = ? and owner_id = ? and annotation_id = ? and role = ?)""")
			.params(link.ownerKind(), owner, annotation, link.role(), link.ownerKind(), owner, annotation, link.role())
			.update();
		count(inserted > 0 ? this.added : this.alreadyThere, BundleModel.EVIDENCE);
		if (inserted > 0) {
			this.touched.add("discrepancy".equals(link.ownerKind()) ? Area.DISCREPANCIES : Area.CLAIMS);
		}
	}

	/** Cells have no uid: the same kind, input and start time is the same cell. These are the cells here. */
	private Set<String> cellKeys() {
		Set<String> here = new HashSet<>();
		this.jdbc.sql("select kind, input, started_at from cell where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> here.add(cellKey(rs.getString(1), rs.getString(2), DatasetTables.instant(rs, "started_at"))))
			.list();
		return here;
	}

	private void cell(CellRecord cell, long revision) {
		int number = this.fresh ? cell.num() : nextNum("cell");
		// A cell that was stale where it was made stays stale here: its output no longer reflects the data.
		long cellRevision = Boolean.TRUE.equals(cell.stale()) ? 0 : revision;
		this.jdbc.sql("""
				insert into cell (dataset_id, num, kind, input, output, status, started_at, duration_ms, revision, areas_read)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(this.target.id(), number, cell.kind(), cell.input(), cell.output(), cell.status(),
					time(cell.startedAt()), cell.durationMs() == null ? 0 : cell.durationMs(), cellRevision,
					String.join(",", list(cell.areasRead()).stream().sorted().toList()))
			.update();
		count(this.added, BundleModel.CELLS);
	}

	/** The notes here with the bundle's lines that are not here yet, or null when nothing is new. */
	static String mergeNotes(String here, String there) {
		if (there == null || there.isBlank()) {
			return null;
		}
		if (here == null || here.isBlank()) {
			return there;
		}
		Set<String> known = new HashSet<>(here.lines().map(String::strip).toList());
		List<String> missing = there.lines().filter(line -> !line.isBlank() && !known.contains(line.strip())).toList();
		return missing.isEmpty() ? null : here.stripTrailing() + "\n" + String.join("\n", missing);
	}

	private int nextNum(String table) {
		return this.numbers.next(this.target.id(), table);
	}

	private long key(String table, int number) {
		return this.jdbc.sql("select id from " + table + " where dataset_id = ? and num = ?")
			.params(this.target.id(), number)
			.query(Long.class)
			.single();
	}

	private static void count(Map<String, Integer> counts, String entry) {
		counts.merge(name(entry), 1, Integer::sum);
	}

	private static String name(String entry) {
		return entry.replace(".json", "");
	}

	private static String nameKey(String kind, String name) {
		return kind.toLowerCase(Locale.ROOT) + "\n" + name.strip().toLowerCase(Locale.ROOT);
	}

	private static String cellKey(CellRecord cell) {
		return cellKey(cell.kind(), cell.input(), Instant.parse(cell.startedAt()).toString());
	}

	private static String cellKey(String kind, String input, String startedAt) {
		return kind + "\n" + startedAt + "\n" + input;
	}

	private static OffsetDateTime time(String instant) {
		return instant == null ? null : Instant.parse(instant).atOffset(ZoneOffset.UTC);
	}

	private static LocalDate date(String day) {
		return day == null ? null : LocalDate.parse(day);
	}

	private static BigDecimal decimal(String amount) {
		return amount == null ? null : new BigDecimal(amount);
	}

	private static String tags(List<String> tags) {
		List<String> clean = list(tags).stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
		return clean.isEmpty() ? null : String.join("\n", clean);
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

}
