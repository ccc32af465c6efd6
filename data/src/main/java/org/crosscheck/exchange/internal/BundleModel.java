package org.crosscheck.exchange.internal;

import java.util.List;
import java.util.Map;

/**
 * The records of a Crosscheck bundle, one type per entry. Records refer to each other by
 * uid, never by database key, so that a bundle can be merged into any dataset; numbers
 * travel too, so that a dataset imported into a new home reads exactly as it did.
 */
public final class BundleModel {

	/** The value of the manifest's {@code format}. */
	public static final String FORMAT = "crosscheck-bundle";

	/** The only bundle version this code reads and writes. */
	public static final int VERSION = 1;

	public static final String MANIFEST = "manifest.json";

	public static final String SOURCES = "sources.json";

	public static final String ENTITIES = "entities.json";

	public static final String ANNOTATIONS = "annotations.json";

	public static final String CLAIMS = "claims.json";

	public static final String CONTRACTS = "contracts.json";

	public static final String EVENTS = "events.json";

	public static final String EVIDENCE = "evidence.json";

	public static final String DISCREPANCIES = "discrepancies.json";

	public static final String CELLS = "cells.json";

	/** The data entries in the order they are written (after the manifest). */
	public static final List<String> ENTRIES = List.of(SOURCES, ENTITIES, ANNOTATIONS, CLAIMS, CONTRACTS, EVENTS,
			EVIDENCE, DISCREPANCIES, CELLS);

	private BundleModel() {
	}

	/**
	 * What the bundle holds and the SHA-256 of each entry, so that damage and tampering
	 * are found before anything is written.
	 */
	public record Manifest(String format, Integer version, String dataset, Map<String, Integer> counts,
			Map<String, String> sha256) {
	}

	public record SourceRecord(String uid, Integer num, String title, String outlet, String url, String author,
			String published, String publishedAt, String retrievedAt, String contentHash, String textHash,
			String format, String fileName, String rawText, String cleanText) {
	}

	public record EntityRecord(String uid, Integer num, String kind, String name, List<String> aliases,
			String createdAt) {
	}

	public record AnnotationRecord(String uid, Integer num, String source, String kind, String exact, String prefix,
			String suffix, Integer start, Integer end, String anchor, Double confidence, String note, List<String> tags,
			String value, String entity, String author, String origin, String created, String modified) {
	}

	public record ClaimRecord(String uid, Integer num, String subject, String predicate, String valueKind, String value,
			String createdAt) {
	}

	public record ContractRecord(String uid, Integer num, String vendor, String agency, String currency,
			String obligated, String ceiling, String awardDate, String awardPrecision, String periodEnd,
			String periodPrecision, String optionsEnd, String optionsPrecision, String purpose, String createdAt) {
	}

	public record EventRecord(String uid, Integer num, String start, String end, String precision, String status,
			String dateText, String description, List<String> entities, String createdAt) {
	}

	/** One annotation backing a claim, contract, event or discrepancy. */
	public record EvidenceRecord(String ownerKind, String owner, String annotation, String role) {
	}

	/** One side of a discrepancy: words of a source. */
	public record Span(String source, Integer start, Integer end, String exact) {
	}

	/**
	 * A discrepancy; {@code spans} lists every passage when there are more than two sides
	 * (an omission).
	 */
	public record DiscrepancyRecord(String uid, Integer num, String kind, String severity, String status,
			String raisedBy, String fingerprint, String summary, String diff, Span left, Span right, List<Span> spans,
			String notes, String createdAt, String updatedAt) {
	}

	/** A notebook cell; cells have no uid, so the moment and input identify them. */
	public record CellRecord(Integer num, String kind, String input, String output, String status, String startedAt,
			Long durationMs, List<String> areasRead, Boolean stale) {
	}

	/** A whole dataset as the bundle carries it. */
	public record Bundle(String dataset, List<SourceRecord> sources, List<EntityRecord> entities,
			List<AnnotationRecord> annotations, List<ClaimRecord> claims, List<ContractRecord> contracts,
			List<EventRecord> events, List<EvidenceRecord> evidence, List<DiscrepancyRecord> discrepancies,
			List<CellRecord> cells) {

		/** The list stored under an entry name. */
		public List<?> entry(String name) {
			return switch (name) {
				case SOURCES -> this.sources;
				case ENTITIES -> this.entities;
				case ANNOTATIONS -> this.annotations;
				case CLAIMS -> this.claims;
				case CONTRACTS -> this.contracts;
				case EVENTS -> this.events;
				case EVIDENCE -> this.evidence;
				case DISCREPANCIES -> this.discrepancies;
				case CELLS -> this.cells;
				default -> throw new IllegalArgumentException(name);
			};
		}

	}

}
