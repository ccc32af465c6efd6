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
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.crosscheck.annotation.AnnotationRow;
import org.crosscheck.ledger.ContractRow;
import org.crosscheck.ledger.EventRow;
import org.crosscheck.ledger.EvidenceLink;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.discrepancy.DiscrepancyRow;
import org.crosscheck.discrepancy.DiscrepancyStatus;
import org.crosscheck.exchange.BundleImport;
import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
import org.crosscheck.exchange.internal.BundleModel.CellRecord;
import org.crosscheck.exchange.internal.BundleModel.ContractRecord;
import org.crosscheck.exchange.internal.BundleModel.DiscrepancyRecord;
import org.crosscheck.exchange.internal.BundleModel.EntityRecord;
import org.crosscheck.exchange.internal.BundleModel.EventRecord;
import org.crosscheck.exchange.internal.BundleModel.EvidenceRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;
import org.crosscheck.exchange.internal.BundleModel.Span;
import org.crosscheck.extraction.EntityRow;
import org.crosscheck.notebook.CellRow;
import org.crosscheck.source.SourceKey;
import org.crosscheck.source.SourceRow;

/**
 * Writes a checked bundle into a dataset, inside the caller's transaction, through the
 * services of the features that own the records. Into a dataset the import has just
 * created, records keep their numbers, so the copy reads as the original; into an
 * existing one, sources are matched by content hash and other records by uid, only what
 * is new is added (with the next free numbers), and decisions made here are never
 * overwritten. Sources, annotations and discrepancies are written in batches. Claims of
 * older bundles are read and left out: the structured statements they held are contracts
 * and events now.
 */
public final class BundleMerger {

	/** Sources, annotations or discrepancies written in one batch. */
	private static final int BATCH = 200;

	private final DatasetTables.Owners owners;

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

	/** Bundle uid to database key in the target dataset, per kind of record. */
	private final Map<String, Map<String, Long>> keys = new HashMap<>();

	/**
	 * Sources matched to a source of the dataset whose cleaned text differs from the
	 * bundle's: uid to key here.
	 */
	private final Map<String, Long> differentText = new HashMap<>();

	/**
	 * The text here of the last source in {@link #differentText} asked for: annotations
	 * come source by source.
	 */
	private Map.Entry<String, String> otherText = Map.entry("", "");

	/** Sources here by content hash. */
	private final Map<String, Long> sourcesByHash = new HashMap<>();

	/** Entities here by kind and name. */
	private final Map<String, Long> entitiesByName = new HashMap<>();

	private record Here(long key, int num, String status, String notes, String summary) {
	}

	private final Map<String, Here> discrepanciesByUid = new HashMap<>();

	private final Map<String, Here> discrepanciesByFingerprint = new HashMap<>();

	/** Source numbers here by key, for the passages of many-sided discrepancies. */
	private final Map<Long, Integer> sourceNumbers = new HashMap<>();

	/**
	 * Records read from the bundle and not written yet, written a batch at a time by
	 * their owner.
	 */
	private final class Batch<T> {

		private final List<T> rows = new ArrayList<>();

		private final BiFunction<Long, List<T>, List<Long>> insert;

		private final BiConsumer<T, Long> written;

		private final String entry;

		private final Area area;

		Batch(String entry, Area area, BiFunction<Long, List<T>, List<Long>> insert, BiConsumer<T, Long> written) {
			this.entry = entry;
			this.area = area;
			this.insert = insert;
			this.written = written;
		}

		void add(T row) {
			this.rows.add(row);
			if (this.rows.size() == BATCH) {
				flush();
			}
		}

		boolean holds(Predicate<T> row) {
			return this.rows.stream().anyMatch(row);
		}

		void flush() {
			if (this.rows.isEmpty()) {
				return;
			}
			List<Long> inserted = this.insert.apply(BundleMerger.this.target.id(), this.rows);
			for (int i = 0; i < inserted.size(); i++) {
				this.written.accept(this.rows.get(i), inserted.get(i));
				count(BundleMerger.this.added, this.entry);
			}
			BundleMerger.this.touched.add(this.area);
			this.rows.clear();
		}

	}

	private final Batch<SourceRow> sources;

	private final Batch<AnnotationRow> annotations;

	private final Batch<DiscrepancyRow> discrepancies;

	public BundleMerger(DatasetTables.Owners owners, Numbers numbers, DatasetRef target, boolean fresh) {
		this.owners = owners;
		this.numbers = numbers;
		this.target = target;
		this.fresh = fresh;
		this.sources = new Batch<>(BundleModel.SOURCES, Area.SOURCES, owners.sources()::insertSourceRows,
				(source, key) -> {
					this.keys.get("source").put(source.uid(), key);
					this.sourceNumbers.put(key, source.num());
					this.sourcesByHash.put(source.contentHash(), key);
				});
		this.annotations = new Batch<>(BundleModel.ANNOTATIONS, Area.ANNOTATIONS,
				owners.annotations()::insertAnnotationRows,
				(annotation, key) -> this.keys.get("annotation").put(annotation.uid(), key));
		this.discrepancies = new Batch<>(BundleModel.DISCREPANCIES, Area.DISCREPANCIES,
				owners.discrepancies()::insertDiscrepancyRows, (d, key) -> {
					this.keys.get("discrepancy").put(d.uid(), key);
					this.discrepanciesByFingerprint.put(d.fingerprint(),
							new Here(key, d.num(), d.status(), d.notes(), d.summary()));
				});
		long dataset = target.id();
		Map<String, Long> sources = new HashMap<>();
		for (SourceKey source : owners.sources().sourceKeys(dataset)) {
			sources.put(source.uid(), source.key());
			this.sourcesByHash.put(source.contentHash(), source.key());
			this.sourceNumbers.put(source.key(), source.num());
		}
		this.keys.put("source", sources);
		Map<String, Long> entities = new HashMap<>();
		owners.entities().eachEntityRow(dataset, DatasetTables.PAGE, entity -> {
			entities.put(entity.uid(), entity.key());
			this.entitiesByName.put(nameKey(entity.kind(), entity.name()), entity.key());
		});
		this.keys.put("entity", entities);
		this.keys.put("annotation", new HashMap<>(owners.annotations().annotationKeys(dataset)));
		this.keys.put("contract", new HashMap<>(owners.claims().keysByUid(dataset, "contract")));
		this.keys.put("event", new HashMap<>(owners.claims().keysByUid(dataset, "event")));
		Map<String, Long> discrepancies = new HashMap<>();
		owners.discrepancies().eachDiscrepancyRow(dataset, DatasetTables.PAGE, d -> {
			Here here = new Here(d.key(), d.num(), d.status(), d.notes(), d.summary());
			discrepancies.put(d.uid(), d.key());
			this.discrepanciesByUid.put(d.uid(), here);
			this.discrepanciesByFingerprint.put(d.fingerprint(), here);
		});
		this.keys.put("discrepancy", discrepancies);
	}

	/**
	 * Merges the checked bundle, reading it entry by entry and record by record, never
	 * whole.
	 */
	public BundleImport merge(BundleReader bundle) {
		for (String entry : BundleModel.ENTRIES) {
			this.added.put(name(entry), 0);
			this.alreadyThere.put(name(entry), 0);
		}
		bundle.records(BundleModel.SOURCES, SourceRecord.class, this::source);
		this.sources.flush();
		bundle.records(BundleModel.ENTITIES, EntityRecord.class, this::entity);
		bundle.records(BundleModel.ANNOTATIONS, AnnotationRecord.class, this::annotation);
		this.annotations.flush();
		bundle.records(BundleModel.CONTRACTS, ContractRecord.class, this::contract);
		bundle.records(BundleModel.EVENTS, EventRecord.class, this::event);
		bundle.records(BundleModel.DISCREPANCIES, DiscrepancyRecord.class, this::discrepancy);
		this.discrepancies.flush();
		bundle.records(BundleModel.EVIDENCE, EvidenceRecord.class, this::evidence);
		// The revision must be known before the cells are written, and whether the
		// notebook changed before that.
		Set<String> cellsHere = new HashSet<>();
		this.owners.notebook()
			.eachCellRow(this.target.id(), DatasetTables.PAGE,
					cell -> cellsHere.add(cellKey(cell.kind(), cell.input(), cell.startedAt().toInstant().toString())));
		Set<String> seen = new HashSet<>(cellsHere);
		boolean[] newCells = { false };
		bundle.records(BundleModel.CELLS, CellRecord.class, cell -> newCells[0] |= seen.add(cellKey(cell)));
		if (newCells[0]) {
			this.touched.add(Area.NOTEBOOK);
		}
		long revision = this.touched.isEmpty() ? this.owners.revisions().current(this.target.id())
				: this.owners.revisions().changed(this.target.id(), this.touched.toArray(Area[]::new));
		bundle.records(BundleModel.CELLS, CellRecord.class, cell -> {
			if (cellsHere.add(cellKey(cell))) {
				cell(cell, revision);
			}
			else {
				count(this.alreadyThere, BundleModel.CELLS);
			}
		});
		return new BundleImport(this.target.name(), this.fresh, this.added, this.alreadyThere,
				List.copyOf(this.conflicts), this.decisionsAdopted, this.notesMerged, this.orphaned);
	}

	private void source(SourceRecord source) {
		if (this.sources.holds(s -> s.contentHash().equals(source.contentHash()) || s.uid().equals(source.uid()))) {
			// The bundle repeats a source it has just given: match it to the one written.
			this.sources.flush();
		}
		Map<String, Long> keys = this.keys.get("source");
		Long same = this.sourcesByHash.get(source.contentHash());
		Long key = same != null ? same : keys.get(source.uid());
		if (key != null) {
			keys.put(source.uid(), key);
			count(this.alreadyThere, BundleModel.SOURCES);
			if (!this.owners.sources().cleanText(key).equals(source.cleanText())) {
				this.differentText.put(source.uid(), key);
			}
			return;
		}
		int number = this.fresh ? source.num() : nextNum("source");
		this.sources.add(new SourceRow(0, number, source.uid(), source.title(), source.outlet(), source.url(),
				source.author(), source.published(), time(source.publishedAt()), time(source.retrievedAt()),
				source.contentHash(), source.format(), source.fileName(), source.rawText(), source.cleanText()));
	}

	private void entity(EntityRecord entity) {
		Map<String, Long> keys = this.keys.get("entity");
		Long key = keys.get(entity.uid());
		if (key == null) {
			// The same organisation found independently by two people is one entity, not
			// two.
			key = this.entitiesByName.get(nameKey(entity.kind(), entity.name()));
		}
		if (key != null) {
			keys.put(entity.uid(), key);
			count(this.alreadyThere, BundleModel.ENTITIES);
			for (String alias : list(entity.aliases())) {
				if (this.owners.entities().addEntityAlias(key, alias)) {
					this.touched.add(Area.ENTITIES);
				}
			}
			return;
		}
		int number = this.fresh ? entity.num() : nextNum("entity");
		key = this.owners.entities()
			.insertEntityRow(this.target.id(), new EntityRow(0, number, entity.uid(), entity.kind(), entity.name(),
					List.copyOf(new LinkedHashSet<>(list(entity.aliases()))), time(entity.createdAt())));
		keys.put(entity.uid(), key);
		this.entitiesByName.put(nameKey(entity.kind(), entity.name()), key);
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
			// This dataset's copy of the source reads differently: anchor the words to
			// it, or say they are lost.
			if (!this.otherText.getKey().equals(annotation.source())) {
				this.otherText = Map.entry(annotation.source(), this.owners.sources().cleanText(otherSource));
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
		// Marked as taken at once, so that the bundle's second copy of an annotation is
		// found here.
		keys.put(annotation.uid(), null);
		this.annotations.add(new AnnotationRow(0, number, annotation.uid(),
				this.keys.get("source").get(annotation.source()), annotation.kind(), annotation.exact(), prefix, suffix,
				start, end, anchor, confidence, annotation.note(), tags(annotation.tags()), annotation.value(),
				annotation.entity() == null ? null : this.keys.get("entity").get(annotation.entity()),
				annotation.author(), annotation.origin() == null ? "user" : annotation.origin(),
				time(annotation.created()), time(annotation.modified())));
	}

	private void contract(ContractRecord c) {
		Map<String, Long> keys = this.keys.get("contract");
		if (keys.containsKey(c.uid())) {
			count(this.alreadyThere, BundleModel.CONTRACTS);
			return;
		}
		int number = this.fresh ? c.num() : nextNum("contract");
		keys.put(c.uid(), this.owners.claims()
			.insertContractRow(this.target.id(),
					new ContractRow(0, number, c.uid(), c.vendor(), c.agency(), c.currency(), decimal(c.obligated()),
							decimal(c.ceiling()), c.awardDate(), c.awardPrecision(), c.periodEnd(), c.periodPrecision(),
							c.optionsEnd(), c.optionsPrecision(), c.purpose(), time(c.createdAt()))));
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
		keys.put(e.uid(),
				this.owners.claims()
					.insertEventRow(this.target.id(),
							new EventRow(0, number, e.uid(), date(e.start()), date(e.end()), e.precision(), e.status(),
									e.dateText(), e.description(), list(e.entities()), time(e.createdAt()))));
		count(this.added, BundleModel.EVENTS);
		this.touched.add(Area.CLAIMS);
	}

	/**
	 * The passages of a many-sided discrepancy as the discrepancy feature stores them:
	 * sources by their number here.
	 */
	private String spansJson(List<Span> spans) {
		if (spans == null) {
			return null;
		}
		tools.jackson.databind.node.ArrayNode array = Json.mapper().createArrayNode();
		for (Span span : spans) {
			tools.jackson.databind.node.ObjectNode node = array.addObject();
			node.put("source", this.sourceNumbers.get(this.keys.get("source").get(span.source())));
			node.put("start", span.start());
			node.put("end", span.end());
			node.put("exact", span.exact());
		}
		return Json.mapper().writeValueAsString(array);
	}

	private void discrepancy(DiscrepancyRecord d) {
		if (this.discrepancies.holds(pending -> pending.fingerprint().equals(d.fingerprint()))) {
			// The bundle repeats a discrepancy it has just given: match it to the one
			// written.
			this.discrepancies.flush();
		}
		Map<String, Long> keys = this.keys.get("discrepancy");
		// The checker gives the same disagreement the same fingerprint wherever it ran.
		Here here = this.discrepanciesByUid.containsKey(d.uid()) ? this.discrepanciesByUid.get(d.uid())
				: this.discrepanciesByFingerprint.get(d.fingerprint());
		if (here != null) {
			keys.put(d.uid(), here.key());
			count(this.alreadyThere, BundleModel.DISCREPANCIES);
			DiscrepancyStatus ours = DiscrepancyStatus.of(here.status());
			DiscrepancyStatus theirs = DiscrepancyStatus.of(d.status());
			DiscrepancyStatus status = ours.mergedWith(theirs);
			if (ours != theirs && !ours.isDecided()) {
				this.decisionsAdopted++;
			}
			else if (ours.contradicts(theirs)) {
				this.conflicts
					.add(new BundleImport.DecisionConflict(here.num(), here.summary(), here.status(), d.status()));
			}
			String notes = mergeNotes(here.notes(), d.notes());
			if (notes != null) {
				this.notesMerged++;
			}
			if (notes != null || !status.key().equals(here.status())) {
				this.owners.discrepancies().mergeDecision(here.key(), status, notes == null ? here.notes() : notes);
				this.touched.add(Area.DISCREPANCIES);
			}
			return;
		}
		int number = this.fresh ? d.num() : nextNum("discrepancy");
		Span left = d.left();
		Span right = d.right();
		this.discrepancies.add(new DiscrepancyRow(0, number, d.uid(), d.kind(), d.severity(), d.status(), d.raisedBy(),
				d.fingerprint(), d.summary(), d.diff(),
				left == null ? null : this.keys.get("source").get(left.source()), left == null ? null : left.start(),
				left == null ? null : left.end(), left == null ? null : left.exact(),
				right == null ? null : this.keys.get("source").get(right.source()),
				right == null ? null : right.start(), right == null ? null : right.end(),
				right == null ? null : right.exact(), spansJson(d.spans()), d.notes(), time(d.createdAt()),
				time(d.updatedAt())));
	}

	private void evidence(EvidenceRecord link) {
		if (!this.keys.containsKey(link.ownerKind())) {
			// The evidence of a claim of an older bundle: claims are left out, and so is
			// what backs them.
			return;
		}
		Long owner = this.keys.get(link.ownerKind()).get(link.owner());
		Long annotation = this.keys.get("annotation").get(link.annotation());
		boolean inserted = this.owners.claims()
			.linkEvidence(new EvidenceLink(link.ownerKind(), owner, annotation, link.role()));
		count(inserted ? this.added : this.alreadyThere, BundleModel.EVIDENCE);
		if (inserted) {
			this.touched.add("discrepancy".equals(link.ownerKind()) ? Area.DISCREPANCIES : Area.CLAIMS);
		}
	}

	private void cell(CellRecord cell, long revision) {
		int number = this.fresh ? cell.num() : nextNum("cell");
		// A cell that was stale where it was made stays stale here: its output no longer
		// reflects the data.
		long cellRevision = Boolean.TRUE.equals(cell.stale()) ? 0 : revision;
		this.owners.notebook()
			.insertCellRow(this.target.id(),
					new CellRow(number, cell.kind(), cell.input(), cell.output(), cell.status(), time(cell.startedAt()),
							cell.durationMs() == null ? 0 : cell.durationMs(), cellRevision,
							String.join(",", list(cell.areasRead()).stream().sorted().toList())));
		count(this.added, BundleModel.CELLS);
	}

	/**
	 * The notes here with the bundle's lines that are not here yet, or null when nothing
	 * is new.
	 */
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

	private static List<String> tags(List<String> tags) {
		return list(tags).stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
	}

	private static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : values;
	}

}
