package org.crosscheck.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.ledger.EvidenceLink;
import org.crosscheck.common.Rows;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
import org.crosscheck.exchange.internal.BundleModel.Bundle;
import org.crosscheck.exchange.internal.BundleModel.CellRecord;
import org.crosscheck.exchange.internal.BundleModel.ContractRecord;
import org.crosscheck.exchange.internal.BundleModel.DiscrepancyRecord;
import org.crosscheck.exchange.internal.BundleModel.EntityRecord;
import org.crosscheck.exchange.internal.BundleModel.EventRecord;
import org.crosscheck.exchange.internal.BundleModel.EvidenceRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;
import org.crosscheck.exchange.internal.BundleModel.Span;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.SourceKey;
import org.crosscheck.source.SourceService;

/**
 * Reads a dataset as the bundle's records, one entry at a time, through the services of
 * the features that own the records: a bundle is the persistence-level copy of a dataset,
 * uids and all, and each feature hands over its rows whole. The tables that grow with the
 * articles are read a page at a time ({@link Rows#pages}), so that a dataset of 10,000
 * articles is never held at once. Only small lookups (a uid per source and entity) and
 * the evidence, whose links are tiny but are sorted as a whole, stay in memory.
 */
public final class DatasetTables {

	/**
	 * Rows a page: a few hundred articles are a few MB, and each page is one look-up in
	 * the number index.
	 */
	public static final int PAGE = Rows.PAGE;

	/** The services of the features whose records a bundle copies. */
	public record Owners(SourceService sources, SuggestionService entities, AnnotationService annotations,
			ClaimService claims, DiscrepancyService discrepancies, NotebookService notebook, Revisions revisions) {
	}

	private final Owners owners;

	private final int page;

	public DatasetTables(Owners owners) {
		this(owners, PAGE);
	}

	/**
	 * Reads {@code page} rows a query, so that tests can cut even a small dataset into
	 * many pages.
	 */
	public DatasetTables(Owners owners, int page) {
		if (page <= 0) {
			throw new IllegalArgumentException("a page holds one row or more");
		}
		this.owners = owners;
		this.page = page;
	}

	/**
	 * The whole dataset in memory, for the exports that need every record at hand; built
	 * on {@link #each}.
	 */
	public Bundle read(long datasetId, String name) {
		return new Bundle(name, list(record -> sources(datasetId, record)), list(record -> entities(datasetId, record)),
				list(record -> annotations(datasetId, record)), List.of(), list(record -> contracts(datasetId, record)),
				list(record -> events(datasetId, record)), list(record -> evidence(datasetId, record)),
				list(record -> discrepancies(datasetId, record)), list(record -> cells(datasetId, record)));
	}

	/**
	 * Hands the records of one bundle entry ({@link BundleModel#ENTRIES}) to
	 * {@code record}, in the bundle's order. Claims are no longer kept (a structured
	 * statement is a contract or an event): their entry stays, empty, so that bundles
	 * keep their form.
	 */
	public void each(long datasetId, String entry, Consumer<Object> record) {
		switch (entry) {
			case BundleModel.SOURCES -> sources(datasetId, record);
			case BundleModel.ENTITIES -> entities(datasetId, record);
			case BundleModel.ANNOTATIONS -> annotations(datasetId, record);
			case BundleModel.CLAIMS -> {
			}
			case BundleModel.CONTRACTS -> contracts(datasetId, record);
			case BundleModel.EVENTS -> events(datasetId, record);
			case BundleModel.EVIDENCE -> evidence(datasetId, record);
			case BundleModel.DISCREPANCIES -> discrepancies(datasetId, record);
			case BundleModel.CELLS -> cells(datasetId, record);
			default -> throw new IllegalArgumentException(entry);
		}
	}

	private void sources(long datasetId, Consumer<? super SourceRecord> record) {
		this.owners.sources()
			.eachSourceRow(datasetId, this.page,
					s -> record.accept(new SourceRecord(s.uid(), s.num(), s.title(), s.outlet(), s.url(), s.author(),
							s.published(), instant(s.publishedAt()), instant(s.retrievedAt()), s.contentHash(),
							Hashes.sha256(s.cleanText()), s.format(), s.fileName(), s.rawText(), s.cleanText())));
	}

	private void entities(long datasetId, Consumer<? super EntityRecord> record) {
		this.owners.entities()
			.eachEntityRow(datasetId, this.page, e -> record
				.accept(new EntityRecord(e.uid(), e.num(), e.kind(), e.name(), e.aliases(), instant(e.createdAt()))));
	}

	private void annotations(long datasetId, Consumer<? super AnnotationRecord> record) {
		Map<Long, String> sourceUids = new HashMap<>();
		this.owners.sources().sourceKeys(datasetId).forEach(s -> sourceUids.put(s.key(), s.uid()));
		Map<Long, String> entityUids = new HashMap<>();
		this.owners.entities().eachEntityRow(datasetId, this.page, e -> entityUids.put(e.key(), e.uid()));
		this.owners.annotations()
			.eachAnnotationRow(datasetId, this.page,
					a -> record.accept(new AnnotationRecord(a.uid(), a.num(), sourceUids.get(a.sourceKey()), a.kind(),
							a.exact(), a.prefix(), a.suffix(), a.start(), a.end(), a.anchor(), a.confidence(), a.note(),
							a.tags(), a.valueJson(), entityUids.get(a.entityKey()), a.author(), a.origin(),
							instant(a.createdAt()), instant(a.modifiedAt()))));
	}

	private void contracts(long datasetId, Consumer<? super ContractRecord> record) {
		this.owners.claims()
			.eachContractRow(datasetId, this.page,
					c -> record.accept(new ContractRecord(c.uid(), c.num(), c.vendor(), c.agency(), c.currency(),
							amount(c.obligated()), amount(c.ceiling()), c.awardDate(), c.awardPrecision(),
							c.periodEnd(), c.periodPrecision(), c.optionsEnd(), c.optionsPrecision(), c.purpose(),
							instant(c.createdAt()))));
	}

	private void events(long datasetId, Consumer<? super EventRecord> record) {
		this.owners.claims()
			.eachEventRow(datasetId, this.page,
					e -> record.accept(new EventRecord(e.uid(), e.num(), date(e.start()), date(e.end()), e.precision(),
							e.status(), e.dateText(), e.description(), e.entities(), instant(e.createdAt()))));
	}

	/**
	 * The links, sorted by owner kind, owner, annotation and role, each end named by its
	 * uid; a link whose owner or annotation is not in the dataset is left out. Only the
	 * annotations that links point to are looked up.
	 */
	private void evidence(long datasetId, Consumer<? super EvidenceRecord> record) {
		Map<String, Map<Long, String>> owners = new HashMap<>();
		owners.put("contract", invert(this.owners.claims().keysByUid(datasetId, "contract")));
		owners.put("event", invert(this.owners.claims().keysByUid(datasetId, "event")));
		Map<Long, String> discrepancies = new HashMap<>();
		this.owners.discrepancies().eachDiscrepancyRow(datasetId, this.page, d -> discrepancies.put(d.key(), d.uid()));
		owners.put("discrepancy", discrepancies);
		List<EvidenceLink> links = this.owners.claims().evidenceLinks(datasetId, discrepancies.keySet());
		Map<Long, String> annotations = this.owners.annotations()
			.annotationUids(datasetId, links.stream().map(EvidenceLink::annotationKey).distinct().toList());
		List<EvidenceRecord> evidence = new ArrayList<>();
		for (EvidenceLink link : links) {
			String owner = owners.getOrDefault(link.ownerKind(), Map.of()).get(link.ownerKey());
			String annotation = annotations.get(link.annotationKey());
			if (owner != null && annotation != null) {
				evidence.add(new EvidenceRecord(link.ownerKind(), owner, annotation, link.role()));
			}
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
		for (SourceKey source : this.owners.sources().sourceKeys(datasetId)) {
			sourceUids.put(source.key(), source.uid());
			sourceUidsByNum.put(source.num(), source.uid());
		}
		this.owners.discrepancies()
			.eachDiscrepancyRow(datasetId, this.page, d -> record.accept(new DiscrepancyRecord(d.uid(), d.num(),
					d.kind(), d.severity(), d.status(), d.raisedBy(), d.fingerprint(), d.summary(), d.diff(),
					span(d.leftSource(), d.leftStart(), d.leftEnd(), d.leftExact(), sourceUids),
					span(d.rightSource(), d.rightStart(), d.rightEnd(), d.rightExact(), sourceUids),
					spans(d.spansJson(), sourceUidsByNum), d.notes(), instant(d.createdAt()), instant(d.updatedAt()))));
	}

	private void cells(long datasetId, Consumer<? super CellRecord> record) {
		Map<Area, Long> areaRevisions = this.owners.revisions().areas(datasetId);
		this.owners.notebook().eachCellRow(datasetId, this.page, cell -> {
			List<String> areas = commas(cell.areasRead());
			boolean stale = "command".equals(cell.kind()) && Revisions.changedSince(areaRevisions,
					areas.stream().map(a -> Area.valueOf(a.toUpperCase(java.util.Locale.ROOT))).toList(),
					cell.revision());
			record.accept(new CellRecord(cell.num(), cell.kind(), cell.input(), cell.output(), cell.status(),
					instant(cell.startedAt()), cell.durationMs(), areas, stale));
		});
	}

	private static <T> List<T> list(Consumer<Consumer<T>> reader) {
		List<T> records = new ArrayList<>();
		reader.accept(records::add);
		return records;
	}

	private static <K, V> Map<V, K> invert(Map<K, V> map) {
		Map<V, K> inverted = new HashMap<>();
		map.forEach((key, value) -> inverted.put(value, key));
		return inverted;
	}

	/**
	 * The passages of a discrepancy with more than two sides, each source named by its
	 * uid.
	 */
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

	private static Span span(Long source, Integer start, Integer end, String exact, Map<Long, String> sourceUids) {
		return source == null ? null : new Span(sourceUids.get(source), start, end, exact);
	}

	static String instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant().toString();
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	/**
	 * Amounts travel as plain decimal text: exact, and the same whatever scale the
	 * database keeps.
	 */
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
