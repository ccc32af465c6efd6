package org.crosscheck.exchange.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
import org.crosscheck.exchange.internal.BundleModel.Bundle;
import org.crosscheck.exchange.internal.BundleModel.ContractRecord;
import org.crosscheck.exchange.internal.BundleModel.EntityRecord;
import org.crosscheck.exchange.internal.BundleModel.EventRecord;
import org.crosscheck.exchange.internal.BundleModel.EvidenceRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;

/**
 * Renders a dataset as FollowTheMoney entities (the model of Aleph and OpenSanctions),
 * one JSON object per line: entities as Organization, PublicBody, Person or Company;
 * sources as Document; a contract as a Contract (its potential total, the authority) with
 * a ContractAward (the obligated amount, the supplier, the period); events as Event; each
 * annotated name as a Mention. Every value is a string, as FtM wants; ids are SHA-1 of
 * the record's uid, so the same dataset gives the same ids.
 */
public final class FollowTheMoney {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private final Bundle bundle;

	private final List<Map<String, Object>> lines = new ArrayList<>();

	private final Map<String, String> sourceIds = new HashMap<>();

	/** Lower-cased names and aliases of legal entities, to their ids. */
	private final Map<String, String> byName = new HashMap<>();

	private final Map<String, Integer> counts = new TreeMap<>();

	public FollowTheMoney(Bundle bundle) {
		this.bundle = bundle;
	}

	/** The lines of the export, and how many entities of each schema they hold. */
	public record Rendered(List<String> lines, Map<String, Integer> counts) {
	}

	public Rendered render() {
		Map<String, SourceRecord> sources = new HashMap<>();
		for (SourceRecord source : this.bundle.sources()) {
			sources.put(source.uid(), source);
			this.sourceIds.put(source.uid(), id("source", source.uid()));
		}
		Map<String, AnnotationRecord> annotations = new HashMap<>();
		this.bundle.annotations().forEach(a -> annotations.put(a.uid(), a));
		Map<String, Set<String>> entityProof = new HashMap<>();
		for (AnnotationRecord a : this.bundle.annotations()) {
			if (a.entity() != null) {
				entityProof.computeIfAbsent(a.entity(), k -> new TreeSet<>()).add(this.sourceIds.get(a.source()));
			}
		}
		for (SourceRecord source : this.bundle.sources()) {
			document(source);
		}
		for (EntityRecord entity : this.bundle.entities()) {
			Map<String, List<String>> props = new TreeMap<>();
			put(props, "name", entity.name(), 384);
			for (String alias : entity.aliases() == null ? List.<String>of() : entity.aliases()) {
				put(props, "alias", alias, 384);
			}
			for (String proof : entityProof.getOrDefault(entity.uid(), Set.of())) {
				put(props, "proof", proof, 200);
			}
			String id = id("entity", entity.uid());
			emit(id, schemaOf(entity.kind()), props);
			this.byName.putIfAbsent(entity.name().strip().toLowerCase(Locale.ROOT), id);
			for (String alias : entity.aliases() == null ? List.<String>of() : entity.aliases()) {
				this.byName.putIfAbsent(alias.strip().toLowerCase(Locale.ROOT), id);
			}
		}
		for (AnnotationRecord a : this.bundle.annotations()) {
			if (a.entity() != null) {
				Map<String, List<String>> props = new TreeMap<>();
				put(props, "name", a.exact(), 384);
				put(props, "document", this.sourceIds.get(a.source()), 200);
				put(props, "resolved", id("entity", a.entity()), 200);
				emit(id("mention", a.uid()), "Mention", props);
			}
		}
		Map<String, Set<String>> proofs = proofs(annotations);
		for (ContractRecord contract : this.bundle.contracts()) {
			contract(contract, proofs.getOrDefault("contract:" + contract.uid(), Set.of()));
		}
		for (EventRecord event : this.bundle.events()) {
			event(event, proofs.getOrDefault("event:" + event.uid(), Set.of()));
		}
		List<String> rendered = this.lines.stream().map(line -> Json.mapper().writeValueAsString(line)).toList();
		return new Rendered(rendered, this.counts);
	}

	private void document(SourceRecord source) {
		Map<String, List<String>> props = new TreeMap<>();
		put(props, "title", source.title(), 1024);
		put(props, "sourceUrl", WebAnnotations.webAddress(source.url()), 4096);
		put(props, "publisher", source.outlet(), 1024);
		put(props, "author", source.author(), 1024);
		put(props, "publishedAt", published(source), 32);
		put(props, "retrievedAt", instant(source.retrievedAt()), 32);
		put(props, "fileName", source.fileName(), 1024);
		put(props, "contentHash", Hashes.sha1(source.rawText()), 40);
		put(props, "bodyText", source.cleanText(), 65000);
		emit(this.sourceIds.get(source.uid()), "Document", props);
	}

	private void contract(ContractRecord c, Set<String> proof) {
		String supplier = legalEntity(c.vendor(), "Company");
		String authority = c.agency() == null ? null : legalEntity(c.agency(), "PublicBody");
		String contractId = id("contract", c.uid());
		String awardId = id("award", c.uid());
		Map<String, List<String>> contract = new TreeMap<>();
		put(contract, "title",
				c.purpose() != null ? c.purpose() : c.vendor() + (c.agency() == null ? "" : " for " + c.agency()),
				1024);
		put(contract, "description", c.purpose(), 65000);
		// The contract's value is its potential total; what is committed so far belongs
		// to the award.
		put(contract, "amount", c.ceiling() != null ? c.ceiling() : c.obligated(), 250);
		put(contract, "currency", c.currency(), 1024);
		put(contract, "authority", authority, 200);
		put(contract, "contractDate", c.awardDate(), 32);
		put(contract, "awards", awardId, 200);
		if (c.optionsEnd() != null) {
			put(contract, "notes", "Options run until " + c.optionsEnd() + ".", 65000);
		}
		proof.forEach(p -> put(contract, "proof", p, 200));
		emit(contractId, "Contract", contract);
		Map<String, List<String>> award = new TreeMap<>();
		put(award, "contract", contractId, 200);
		put(award, "supplier", supplier, 200);
		put(award, "amount", c.obligated(), 250);
		put(award, "currency", c.currency(), 1024);
		put(award, "date", c.awardDate(), 32);
		put(award, "startDate", c.awardDate(), 32);
		put(award, "endDate", c.periodEnd(), 32);
		put(award, "description", c.purpose(), 65000);
		emit(awardId, "ContractAward", award);
	}

	private void event(EventRecord e, Set<String> proof) {
		Map<String, List<String>> props = new TreeMap<>();
		put(props, "name", e.description(), 384);
		put(props, "description", e.description(), 65000);
		put(props, "summary", e.dateText(), 65000);
		if (e.start() != null) {
			String start = atPrecision(e.start(), e.precision());
			String end = e.end() == null ? start : atPrecision(e.end(), e.precision());
			if (start.equals(end) && !"QUARTER".equals(e.precision())) {
				put(props, "date", start, 32);
			}
			else {
				put(props, "startDate", start, 32);
				put(props, "endDate", end, 32);
			}
		}
		for (String name : e.entities() == null ? List.<String>of() : e.entities()) {
			String id = this.byName.get(name.strip().toLowerCase(Locale.ROOT));
			if (id != null) {
				put(props, "involved", id, 200);
			}
			else {
				put(props, "namesMentioned", name, 384);
			}
		}
		proof.forEach(p -> put(props, "proof", p, 200));
		emit(id("event", e.uid()), "Event", props);
	}

	/**
	 * The id of the entity with this name or alias, or of a new entity of {@code schema}
	 * made for it.
	 */
	private String legalEntity(String name, String schema) {
		String key = name.strip().toLowerCase(Locale.ROOT);
		String id = this.byName.get(key);
		if (id == null) {
			id = id(schema.toLowerCase(Locale.ROOT), key);
			Map<String, List<String>> props = new TreeMap<>();
			put(props, "name", name.strip(), 384);
			emit(id, schema, props);
			this.byName.put(key, id);
		}
		return id;
	}

	/**
	 * Source documents of the annotations behind each contract and event ("contract:uid"
	 * → ids).
	 */
	private Map<String, Set<String>> proofs(Map<String, AnnotationRecord> annotations) {
		Map<String, Set<String>> proofs = new HashMap<>();
		for (EvidenceRecord link : this.bundle.evidence()) {
			AnnotationRecord annotation = annotations.get(link.annotation());
			if (annotation != null) {
				proofs.computeIfAbsent(link.ownerKind() + ":" + link.owner(), k -> new TreeSet<>())
					.add(this.sourceIds.get(annotation.source()));
			}
		}
		return proofs;
	}

	private void emit(String id, String schema, Map<String, List<String>> properties) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", id);
		entity.put("schema", schema);
		entity.put("properties", properties);
		this.lines.add(entity);
		this.counts.merge(schema, 1, Integer::sum);
	}

	private static void put(Map<String, List<String>> props, String property, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return;
		}
		String clean = value.strip();
		if (clean.length() > maxLength) {
			clean = clean.substring(0, maxLength - 1) + "…";
		}
		List<String> values = props.computeIfAbsent(property, k -> new ArrayList<>());
		if (!values.contains(clean)) {
			values.add(clean);
		}
	}

	static String schemaOf(String kind) {
		return switch (kind.toLowerCase(Locale.ROOT)) {
			case "public_body", "publicbody", "agency" -> "PublicBody";
			case "person" -> "Person";
			case "company" -> "Company";
			default -> "Organization";
		};
	}

	/**
	 * A date cut to its precision: FtM dates are ISO prefixes whose length says how
	 * precise they are.
	 */
	static String atPrecision(String day, String precision) {
		if (precision == null) {
			return day;
		}
		return switch (precision) {
			case "YEAR" -> day.substring(0, 4);
			case "MONTH", "QUARTER" -> day.substring(0, 7);
			default -> day;
		};
	}

	private static String published(SourceRecord source) {
		if (source.published() != null && source.published().length() == 10) {
			return LocalDate.parse(source.published()).toString();
		}
		return instant(source.publishedAt());
	}

	/** FtM times are UTC without an offset. */
	private static String instant(String instant) {
		return instant == null ? null : SECONDS.format(Instant.parse(instant).atOffset(ZoneOffset.UTC));
	}

	private static String id(String kind, String key) {
		return Hashes.sha1("crosscheck:" + kind + ":" + key);
	}

}
