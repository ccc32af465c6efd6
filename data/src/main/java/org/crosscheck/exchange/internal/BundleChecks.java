package org.crosscheck.exchange.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.discrepancy.DiscrepancyKind;
import org.crosscheck.discrepancy.DiscrepancyStatus;
import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
import org.crosscheck.exchange.internal.BundleModel.ClaimRecord;
import org.crosscheck.exchange.internal.BundleModel.CellRecord;
import org.crosscheck.exchange.internal.BundleModel.ContractRecord;
import org.crosscheck.exchange.internal.BundleModel.DiscrepancyRecord;
import org.crosscheck.exchange.internal.BundleModel.EntityRecord;
import org.crosscheck.exchange.internal.BundleModel.EventRecord;
import org.crosscheck.exchange.internal.BundleModel.EvidenceRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;
import org.crosscheck.exchange.internal.BundleModel.Span;

/**
 * Checks that a bundle's records are whole and agree with each other — texts match their
 * hashes, every uid they name is in the bundle, spans lie inside their source — so that
 * the import either writes everything or refuses before writing anything.
 */
final class BundleChecks {

	private final String fileName;

	/**
	 * Each source's cleaned text length by uid: what the spans of later records must lie
	 * within.
	 */
	private final Map<String, Integer> sources = new HashMap<>();

	private final Set<String> entities = new HashSet<>();

	private final Set<String> annotations = new HashSet<>();

	private final Set<String> claims = new HashSet<>();

	private final Set<String> contracts = new HashSet<>();

	private final Set<String> events = new HashSet<>();

	private final Set<String> discrepancies = new HashSet<>();

	private final Set<String> fingerprints = new HashSet<>();

	/** The numbers taken so far, per entry. */
	private final Map<String, Set<Integer>> numbers = new HashMap<>();

	private final Map<String, Set<String>> owners = Map.of("claim", this.claims, "contract", this.contracts, "event",
			this.events, "discrepancy", this.discrepancies);

	/**
	 * Checks for the records of one bundle, fed in the order sources, entities,
	 * annotations, claims, contracts, events, discrepancies, evidence, cells.
	 */
	BundleChecks(String fileName) {
		this.fileName = fileName;
	}

	void source(SourceRecord source) {
		String where = where(BundleModel.SOURCES, source.uid());
		uid(where, source.uid(), this.sources.keySet());
		require(where, "raw text", source.rawText());
		require(where, "cleaned text", source.cleanText());
		require(where, "format", source.format());
		if (!Hashes.sha256(source.rawText()).equals(source.contentHash())
				|| !Hashes.sha256(source.cleanText()).equals(source.textHash())) {
			throw refuse(where + ": its text does not match its SHA-256; the bundle was changed after export");
		}
		instant(where, source.retrievedAt(), true);
		instant(where, source.publishedAt(), false);
		number(BundleModel.SOURCES, where, source.num());
		this.sources.put(source.uid(), source.cleanText().length());
	}

	void entity(EntityRecord entity) {
		String where = where(BundleModel.ENTITIES, entity.uid());
		uid(where, entity.uid(), this.entities);
		require(where, "kind", entity.kind());
		require(where, "name", entity.name());
		instant(where, entity.createdAt(), true);
		number(BundleModel.ENTITIES, where, entity.num());
		this.entities.add(entity.uid());
	}

	void annotation(AnnotationRecord annotation) {
		String where = where(BundleModel.ANNOTATIONS, annotation.uid());
		uid(where, annotation.uid(), this.annotations);
		Integer length = this.sources.get(annotation.source());
		if (length == null) {
			throw refuse(where + ": it names source " + annotation.source() + ", which the bundle does not hold");
		}
		known(where, "kind", annotation.kind(), AnnotationKind::of);
		require(where, "exact words", annotation.exact());
		if ((annotation.start() == null) != (annotation.end() == null) || annotation.start() != null
				&& (annotation.start() < 0 || annotation.start() >= annotation.end() || annotation.end() > length)) {
			throw refuse(where + ": its span " + annotation.start() + "-" + annotation.end()
					+ " lies outside its source's text");
		}
		if (annotation.entity() != null && !this.entities.contains(annotation.entity())) {
			throw refuse(where + ": it names entity " + annotation.entity() + ", which the bundle does not hold");
		}
		instant(where, annotation.created(), true);
		instant(where, annotation.modified(), true);
		number(BundleModel.ANNOTATIONS, where, annotation.num());
		this.annotations.add(annotation.uid());
	}

	void claim(ClaimRecord claim) {
		String where = where(BundleModel.CLAIMS, claim.uid());
		uid(where, claim.uid(), this.claims);
		instant(where, claim.createdAt(), true);
		number(BundleModel.CLAIMS, where, claim.num());
		this.claims.add(claim.uid());
	}

	void contract(ContractRecord contract) {
		String where = where(BundleModel.CONTRACTS, contract.uid());
		uid(where, contract.uid(), this.contracts);
		require(where, "vendor", contract.vendor());
		amount(where, contract.obligated());
		amount(where, contract.ceiling());
		if (contract.currency() != null && !contract.currency().matches("[A-Z]{3}")) {
			throw refuse(where + ": '" + contract.currency() + "' is not an ISO 4217 currency code");
		}
		instant(where, contract.createdAt(), true);
		number(BundleModel.CONTRACTS, where, contract.num());
		this.contracts.add(contract.uid());
	}

	void event(EventRecord event) {
		String where = where(BundleModel.EVENTS, event.uid());
		uid(where, event.uid(), this.events);
		require(where, "description", event.description());
		require(where, "date status", event.status());
		date(where, event.start());
		date(where, event.end());
		instant(where, event.createdAt(), true);
		number(BundleModel.EVENTS, where, event.num());
		this.events.add(event.uid());
	}

	void discrepancy(DiscrepancyRecord discrepancy) {
		String where = where(BundleModel.DISCREPANCIES, discrepancy.uid());
		uid(where, discrepancy.uid(), this.discrepancies);
		known(where, "kind", discrepancy.kind(), DiscrepancyKind::of);
		require(where, "severity", discrepancy.severity());
		known(where, "status", discrepancy.status(), DiscrepancyStatus::of);
		require(where, "raised_by", discrepancy.raisedBy());
		require(where, "fingerprint", discrepancy.fingerprint());
		if (discrepancy.summary() == null) {
			throw refuse(where + ": it has no summary");
		}
		span(where, discrepancy.left());
		span(where, discrepancy.right());
		if (discrepancy.spans() != null) {
			for (Span span : discrepancy.spans()) {
				if (span == null) {
					throw refuse(where + ": one of its passages is empty");
				}
				span(where, span);
			}
		}
		instant(where, discrepancy.createdAt(), true);
		instant(where, discrepancy.updatedAt(), true);
		number(BundleModel.DISCREPANCIES, where, discrepancy.num());
		if (!this.fingerprints.add(discrepancy.fingerprint())) {
			throw refuse(BundleModel.DISCREPANCIES + ": two records share " + discrepancy.fingerprint());
		}
		this.discrepancies.add(discrepancy.uid());
	}

	void evidence(EvidenceRecord evidence) {
		String where = BundleModel.EVIDENCE;
		require(where, "owner kind", evidence.ownerKind());
		Set<String> ownerUids = this.owners.get(evidence.ownerKind());
		if (ownerUids == null || !ownerUids.contains(evidence.owner())) {
			throw refuse(where + ": it names " + evidence.ownerKind() + " " + evidence.owner()
					+ ", which the bundle does not hold");
		}
		if (!this.annotations.contains(evidence.annotation())) {
			throw refuse(where + ": it names annotation " + evidence.annotation() + ", which the bundle does not hold");
		}
		require(where, "role", evidence.role());
	}

	void cell(CellRecord cell) {
		String where = BundleModel.CELLS + " cell " + cell.num();
		number(BundleModel.CELLS, where, cell.num());
		if (!"command".equals(cell.kind()) && !"prose".equals(cell.kind())) {
			throw refuse(where + ": unknown kind '" + cell.kind() + "'");
		}
		if (!"ok".equals(cell.status()) && !"error".equals(cell.status())) {
			throw refuse(where + ": unknown status '" + cell.status() + "'");
		}
		if (cell.input() == null) {
			throw refuse(where + ": it has no input");
		}
		for (String area : cell.areasRead() == null ? List.<String>of() : cell.areasRead()) {
			require(where, "area", area);
			try {
				org.crosscheck.dataset.Area.valueOf(area.toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw refuse(where + ": unknown area '" + area + "'");
			}
		}
		instant(where, cell.startedAt(), true);
	}

	private void span(String where, Span span) {
		if (span == null) {
			return;
		}
		if (!this.sources.containsKey(span.source())) {
			throw refuse(where + ": it names source " + span.source() + ", which the bundle does not hold");
		}
	}

	private void uid(String where, String uid, Set<String> seen) {
		try {
			UUID.fromString(uid == null ? "" : uid);
		}
		catch (IllegalArgumentException ex) {
			throw refuse(where + ": '" + uid + "' is not a uid (UUID)");
		}
		if (seen.contains(uid)) {
			throw refuse(where + ": the uid occurs twice");
		}
	}

	private void require(String where, String what, String value) {
		if (value == null || value.isBlank()) {
			throw refuse(where + ": it has no " + what);
		}
	}

	/**
	 * A value the domain knows by name: present, and one of the names of {@code parse}.
	 */
	private void known(String where, String what, String value, Function<String, ?> parse) {
		require(where, what, value);
		try {
			parse.apply(value);
		}
		catch (CrosscheckException ex) {
			throw refuse(where + ": unknown " + what + " '" + value + "'");
		}
	}

	private void number(String entry, String where, Integer num) {
		if (num == null || num < 1) {
			throw refuse(where + ": it has no number");
		}
		if (!this.numbers.computeIfAbsent(entry, e -> new HashSet<>()).add(num)) {
			throw refuse(entry + ": two records share " + num);
		}
	}

	private void instant(String where, String value, boolean required) {
		if (value == null) {
			if (required) {
				throw refuse(where + ": a time is missing");
			}
			return;
		}
		try {
			Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw refuse(where + ": '" + value + "' is not an ISO-8601 instant");
		}
	}

	private void date(String where, String value) {
		if (value == null) {
			return;
		}
		try {
			LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw refuse(where + ": '" + value + "' is not an ISO date");
		}
	}

	private void amount(String where, String value) {
		if (value == null) {
			return;
		}
		try {
			if (new BigDecimal(value).signum() < 0) {
				throw refuse(where + ": a contract value cannot be negative");
			}
		}
		catch (NumberFormatException ex) {
			throw refuse(where + ": '" + value + "' is not an amount");
		}
	}

	private static String where(String entry, String uid) {
		return entry + " record " + uid;
	}

	private CrosscheckException refuse(String reason) {
		return CrosscheckException.invalid("bundle " + this.fileName + " is inconsistent at " + reason
				+ "; nothing was imported, ask for a fresh export");
	}

}
