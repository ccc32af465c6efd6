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
import org.crosscheck.exchange.BundleImport;
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

	/** Sources matched to a source of the dataset whose cleaned text differs from the bundle's. */
	private final Map<String, String> differentText = new HashMap<>();

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

	public BundleImport merge(Bundle bundle, boolean created) {
		for (String entry : BundleModel.ENTRIES) {
			this.added.put(name(entry), 0);
			this.alreadyThere.put(name(entry), 0);
		}
		sources(bundle.sources());
		entities(bundle.entities());
		annotations(bundle.annotations(), bundle.sources());
		claims(bundle.claims());
		contracts(bundle.contracts());
		events(bundle.events());
		discrepancies(bundle.discrepancies());
		evidence(bundle.evidence());
		List<CellRecord> newCells = newCells(bundle.cells());
		if (!newCells.isEmpty()) {
			this.touched.add(Area.NOTEBOOK);
		}
		long revision = this.touched.isEmpty() ? this.revisions.current(this.target.id())
				: this.revisions.changed(this.target.id(), this.touched.toArray(Area[]::new));
		cells(newCells, revision);
		return new BundleImport(this.target.name(), created, this.added, this.alreadyThere, List.copyOf(this.conflicts),
				this.decisionsAdopted, this.notesMerged, this.orphaned);
	}

	private void sources(List<SourceRecord> sources) {
		record Existing(long key, String uid) {
		}
		Map<String, Existing> byHash = new HashMap<>();
		this.jdbc.sql("select id, uid, content_hash from source where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> byHash.put(rs.getString(3).strip(), new Existing(rs.getLong(1), rs.getString(2))))
			.list();
		Map<String, Long> keys = this.keys.get("source");
		for (SourceRecord source : sources) {
			Existing same = byHash.get(source.contentHash());
			Long key = same != null ? Long.valueOf(same.key()) : keys.get(source.uid());
			if (key != null) {
				keys.put(source.uid(), key);
				count(this.alreadyThere, BundleModel.SOURCES);
				String text = this.jdbc.sql("select clean_text from source where id = ?").param(key).query(String.class).single();
				if (!text.equals(source.cleanText())) {
					this.differentText.put(source.uid(), text);
				}
				continue;
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
			keys.put(source.uid(), key("source", number));
			byHash.put(source.contentHash(), new Existing(keys.get(source.uid()), source.uid()));
			count(this.added, BundleModel.SOURCES);
			this.touched.add(Area.SOURCES);
		}
	}

	private void entities(List<EntityRecord> entities) {
		Map<String, Long> keys = this.keys.get("entity");
		Map<String, Long> byName = new HashMap<>();
		this.jdbc.sql("select id, kind, name from entity where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> byName.put(nameKey(rs.getString(2), rs.getString(3)), rs.getLong(1)))
			.list();
		for (EntityRecord entity : entities) {
			Long key = keys.get(entity.uid());
			if (key == null) {
				// The same organisation found independently by two people is one entity, not two.
				key = byName.get(nameKey(entity.kind(), entity.name()));
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
				continue;
			}
			int number = this.fresh ? entity.num() : nextNum("entity");
			this.jdbc.sql("insert into entity (dataset_id, num, uid, kind, name, created_at) values (?, ?, ?, ?, ?, ?)")
				.params(this.target.id(), number, entity.uid(), entity.kind(), entity.name(), time(entity.createdAt()))
				.update();
			key = key("entity", number);
			keys.put(entity.uid(), key);
			byName.put(nameKey(entity.kind(), entity.name()), key);
			for (String alias : new LinkedHashSet<>(list(entity.aliases()))) {
				this.jdbc.sql("insert into entity_alias (entity_id, alias) values (?, ?)").params(key, alias).update();
			}
			count(this.added, BundleModel.ENTITIES);
			this.touched.add(Area.ENTITIES);
		}
	}

	private void annotations(List<AnnotationRecord> annotations, List<SourceRecord> sources) {
		Map<String, Long> keys = this.keys.get("annotation");
		for (AnnotationRecord annotation : annotations) {
			if (keys.containsKey(annotation.uid())) {
				count(this.alreadyThere, BundleModel.ANNOTATIONS);
				continue;
			}
			Integer start = annotation.start();
			Integer end = annotation.end();
			String prefix = annotation.prefix();
			String suffix = annotation.suffix();
			String anchor = annotation.anchor() == null ? "exact" : annotation.anchor();
			double confidence = annotation.confidence() == null ? 1.0 : annotation.confidence();
			String otherText = this.differentText.get(annotation.source());
			if (otherText != null) {
				// This dataset's copy of the source reads differently: anchor the words to it, or say they are lost.
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
	}

	private void claims(List<ClaimRecord> claims) {
		Map<String, Long> keys = this.keys.get("claim");
		for (ClaimRecord claim : claims) {
			if (keys.containsKey(claim.uid())) {
				count(this.alreadyThere, BundleModel.CLAIMS);
				continue;
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
	}

	private void contracts(List<ContractRecord> contracts) {
		Map<String, Long> keys = this.keys.get("contract");
		for (ContractRecord c : contracts) {
			if (keys.containsKey(c.uid())) {
				count(this.alreadyThere, BundleModel.CONTRACTS);
				continue;
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
	}

	private void events(List<EventRecord> events) {
		Map<String, Long> keys = this.keys.get("event");
		for (EventRecord e : events) {
			if (keys.containsKey(e.uid())) {
				count(this.alreadyThere, BundleModel.EVENTS);
				continue;
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
	}

	/** The passages of a many-sided discrepancy as the discrepancy feature stores them: sources by their number here. */
	private String spansJson(List<Span> spans) {
		if (spans == null) {
			return null;
		}
		tools.jackson.databind.node.ArrayNode array = Json.mapper().createArrayNode();
		for (Span span : spans) {
			tools.jackson.databind.node.ObjectNode node = array.addObject();
			node.put("source", this.jdbc.sql("select num from source where id = ?")
				.param(this.keys.get("source").get(span.source()))
				.query(Integer.class)
				.single());
			node.put("start", span.start());
			node.put("end", span.end());
			node.put("exact", span.exact());
		}
		return Json.mapper().writeValueAsString(array);
	}

	private void discrepancies(List<DiscrepancyRecord> discrepancies) {
		Map<String, Long> keys = this.keys.get("discrepancy");
		record Here(long key, int num, String status, String notes, String summary) {
		}
		Map<String, Here> byUid = new HashMap<>();
		Map<String, Here> byFingerprint = new HashMap<>();
		this.jdbc.sql("select id, num, uid, fingerprint, status, notes, summary from discrepancy where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> {
				Here here = new Here(rs.getLong(1), rs.getInt(2), rs.getString(5), rs.getString(6), rs.getString(7));
				byUid.put(rs.getString(3), here);
				byFingerprint.put(rs.getString(4), here);
				return null;
			})
			.list();
		for (DiscrepancyRecord d : discrepancies) {
			// The checker gives the same disagreement the same fingerprint wherever it ran.
			Here here = byUid.containsKey(d.uid()) ? byUid.get(d.uid()) : byFingerprint.get(d.fingerprint());
			if (here != null) {
				keys.put(d.uid(), here.key());
				count(this.alreadyThere, BundleModel.DISCREPANCIES);
				String status = here.status();
				if (!status.equals(d.status())) {
					if ("open".equals(status)) {
						status = d.status();
						this.decisionsAdopted++;
					}
					else if (!"open".equals(d.status())) {
						this.conflicts.add(new BundleImport.DecisionConflict(here.num(), here.summary(), here.status(),
								d.status()));
					}
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
				continue;
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
			byFingerprint.put(d.fingerprint(), inserted);
			count(this.added, BundleModel.DISCREPANCIES);
			this.touched.add(Area.DISCREPANCIES);
		}
	}

	private void evidence(List<EvidenceRecord> evidence) {
		for (EvidenceRecord link : evidence) {
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
	}

	/** Cells have no uid: the same kind, input and start time is the same cell. */
	private List<CellRecord> newCells(List<CellRecord> cells) {
		Set<String> here = new HashSet<>();
		this.jdbc.sql("select kind, input, started_at from cell where dataset_id = ?")
			.param(this.target.id())
			.query((rs, row) -> here.add(cellKey(rs.getString(1), rs.getString(2), DatasetTables.instant(rs, "started_at"))))
			.list();
		List<CellRecord> result = new ArrayList<>();
		for (CellRecord cell : cells) {
			if (here.add(cellKey(cell.kind(), cell.input(), Instant.parse(cell.startedAt()).toString()))) {
				result.add(cell);
			}
			else {
				count(this.alreadyThere, BundleModel.CELLS);
			}
		}
		return result;
	}

	private void cells(List<CellRecord> cells, long revision) {
		for (CellRecord cell : cells) {
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
