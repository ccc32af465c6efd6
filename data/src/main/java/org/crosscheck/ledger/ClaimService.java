package org.crosscheck.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.ledger.internal.EventLabel;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.common.PartialDate;
import org.crosscheck.common.Rows;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds, lists, edits and removes contracts and events, each tied to its evidence. */
@Service
public class ClaimService {

	private static final String CONTRACT = "contract";

	private static final String EVENT = "event";

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final Revisions revisions;

	private final Numbers numbers;

	private final AnnotationService annotations;

	ClaimService(JdbcClient jdbc, DatasetService datasets, Revisions revisions, Numbers numbers,
			AnnotationService annotations) {
		this.annotations = annotations;
		this.jdbc = jdbc;
		this.datasets = datasets;
		this.revisions = revisions;
		this.numbers = numbers;
	}

	// ---- contracts

	@Transactional
	public ContractView addContract(String dataset, ContractInput input) {
		DatasetRef ref = this.datasets.require(dataset);
		if (input.vendor() == null || input.vendor().isBlank()) {
			throw CrosscheckException.invalid("a contract needs a vendor");
		}
		validateAmounts(input);
		List<Long> evidence = annotationKeys(ref, input.evidence());
		this.revisions.changed(ref.id(), Area.CLAIMS);
		int number = nextNum("contract", ref.id());
		this.jdbc.sql("""
				insert into contract (dataset_id, num, uid, vendor, agency, currency, obligated, ceiling, award_date,
				  award_precision, period_end, period_precision, options_end, options_precision, purpose, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.id(), number, UUID.randomUUID().toString(), input.vendor().strip(), blank(input.agency()),
					currency(input.currency()), input.obligated(), input.ceiling(), text(input.awarded()),
					precision(input.awarded()), text(input.periodEnd()), precision(input.periodEnd()),
					text(input.optionsEnd()), precision(input.optionsEnd()), blank(input.purpose()),
					OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		long key = key("contract", ref.id(), number);
		link(CONTRACT, key, evidence);
		return contract(dataset, number);
	}

	@Transactional(readOnly = true)
	public List<ContractView> listContracts(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.CLAIMS, Area.ANNOTATIONS);
		Map<Long, List<Evidence>> evidence = evidenceOf(CONTRACT, ref.id());
		return this.jdbc.sql("select * from contract where dataset_id = ? order by vendor, num")
			.param(ref.id())
			.query((rs, row) -> mapContract(rs, evidence))
			.list();
	}

	@Transactional(readOnly = true)
	public ContractView contract(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.CLAIMS, Area.ANNOTATIONS);
		Map<Long, List<Evidence>> evidence = evidenceOf(CONTRACT, ref.id(), id);
		return this.jdbc.sql("select * from contract where dataset_id = ? and num = ?")
			.params(ref.id(), id)
			.query((rs, row) -> mapContract(rs, evidence))
			.optional()
			.orElseThrow(() -> CrosscheckException.notFound("no contract " + id + " in dataset " + ref.name(),
					Remedy.listIds("contract")));
	}

	@Transactional
	public ContractView editContract(String dataset, int id, ContractInput changes) {
		DatasetRef ref = this.datasets.require(dataset);
		ContractView current = contract(dataset, id);
		validateAmounts(changes);
		Map<String, Object> set = new LinkedHashMap<>();
		putIf(set, "vendor", blank(changes.vendor()));
		putIf(set, "agency", blank(changes.agency()));
		putIf(set, "currency", changes.currency() == null ? null : currency(changes.currency()));
		putIf(set, "obligated", changes.obligated());
		putIf(set, "ceiling", changes.ceiling());
		if (changes.awarded() != null) {
			set.put("award_date", text(changes.awarded()));
			set.put("award_precision", precision(changes.awarded()));
		}
		if (changes.periodEnd() != null) {
			set.put("period_end", text(changes.periodEnd()));
			set.put("period_precision", precision(changes.periodEnd()));
		}
		if (changes.optionsEnd() != null) {
			set.put("options_end", text(changes.optionsEnd()));
			set.put("options_precision", precision(changes.optionsEnd()));
		}
		putIf(set, "purpose", blank(changes.purpose()));
		long key = key("contract", ref.id(), id);
		if (!set.isEmpty()) {
			update("contract", key, set);
		}
		if (changes.evidence() != null) {
			link(CONTRACT, key, annotationKeys(ref, changes.evidence()));
		}
		this.revisions.changed(ref.id(), Area.CLAIMS);
		return contract(dataset, current.id());
	}

	@Transactional
	public ContractView removeContract(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ContractView current = contract(dataset, id);
		long key = key("contract", ref.id(), id);
		this.jdbc.sql("delete from evidence where owner_kind = ? and owner_id = ?").params(CONTRACT, key).update();
		this.jdbc.sql("delete from contract where id = ?").param(key).update();
		this.revisions.changed(ref.id(), Area.CLAIMS);
		return current;
	}

	/**
	 * Obligated value and ceiling per vendor and currency, largest first: what the chart
	 * draws. A ceiling the sources do not state stays null rather than being drawn as the
	 * obligated value.
	 */
	@Transactional(readOnly = true)
	public List<VendorTotal> contractsByVendor(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.CLAIMS);
		return this.jdbc.sql("""
				select vendor, coalesce(currency, 'USD') as currency, sum(obligated) as obligated,
				  sum(ceiling) as ceiling, count(*) as contracts
				from contract where dataset_id = ? group by vendor, coalesce(currency, 'USD')
				order by coalesce(sum(ceiling), sum(obligated)) desc, vendor""")
			.param(ref.id())
			.query((rs, row) -> new VendorTotal(rs.getString("vendor"), rs.getString("currency"),
					rs.getBigDecimal("obligated"), rs.getBigDecimal("ceiling"), rs.getInt("contracts")))
			.list();
	}

	// ---- events

	@Transactional
	public EventView addEvent(String dataset, EventInput input) {
		DatasetRef ref = this.datasets.require(dataset);
		if (input.description() == null || input.description().isBlank()) {
			throw CrosscheckException.invalid("an event needs a description");
		}
		List<Long> evidence = annotationKeys(ref, input.evidence());
		this.revisions.changed(ref.id(), Area.CLAIMS);
		int number = nextNum("event", ref.id());
		String status = input.status() == null ? (input.start() == null ? "UNRESOLVED" : "RESOLVED") : input.status();
		this.jdbc.sql("""
				insert into event (dataset_id, num, uid, date_start, date_end, date_precision, date_status, date_text,
				  description, entities, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(ref.id(), number, UUID.randomUUID().toString(), input.start(),
					input.end() == null ? input.start() : input.end(), input.precision(), status,
					blank(input.dateText()), input.description().strip(), joinLines(input.entities()),
					OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		link(EVENT, key("event", ref.id(), number), evidence);
		return event(dataset, number);
	}

	/** The events in time order; unresolved ones last. */
	@Transactional(readOnly = true)
	public List<EventView> listEvents(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.CLAIMS, Area.ANNOTATIONS);
		Map<Long, List<Evidence>> evidence = evidenceOf(EVENT, ref.id());
		return this.jdbc.sql("""
				select * from event where dataset_id = ?
				order by case when date_start is null then 1 else 0 end, date_start, date_end, num""")
			.param(ref.id())
			.query((rs, row) -> mapEvent(rs, evidence))
			.list();
	}

	@Transactional(readOnly = true)
	public EventView event(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.CLAIMS, Area.ANNOTATIONS);
		Map<Long, List<Evidence>> evidence = evidenceOf(EVENT, ref.id(), id);
		return this.jdbc.sql("select * from event where dataset_id = ? and num = ?")
			.params(ref.id(), id)
			.query((rs, row) -> mapEvent(rs, evidence))
			.optional()
			.orElseThrow(() -> CrosscheckException.notFound("no event " + id + " in dataset " + ref.name(),
					Remedy.listIds("event")));
	}

	@Transactional
	public EventView editEvent(String dataset, int id, EventInput changes) {
		DatasetRef ref = this.datasets.require(dataset);
		event(dataset, id);
		Map<String, Object> set = new LinkedHashMap<>();
		if (changes.start() != null) {
			set.put("date_start", changes.start());
			set.put("date_end", changes.end() == null ? changes.start() : changes.end());
			set.put("date_status", changes.status() == null ? "RESOLVED" : changes.status());
		}
		putIf(set, "date_precision", changes.precision());
		putIf(set, "date_text", blank(changes.dateText()));
		putIf(set, "description", blank(changes.description()));
		if (changes.entities() != null) {
			set.put("entities", joinLines(changes.entities()));
		}
		long key = key("event", ref.id(), id);
		if (!set.isEmpty()) {
			update("event", key, set);
		}
		if (changes.evidence() != null) {
			link(EVENT, key, annotationKeys(ref, changes.evidence()));
		}
		this.revisions.changed(ref.id(), Area.CLAIMS);
		return event(dataset, id);
	}

	@Transactional
	public EventView removeEvent(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		EventView current = event(dataset, id);
		long key = key("event", ref.id(), id);
		this.jdbc.sql("delete from evidence where owner_kind = ? and owner_id = ?").params(EVENT, key).update();
		this.jdbc.sql("delete from event where id = ?").param(key).update();
		this.revisions.changed(ref.id(), Area.CLAIMS);
		return current;
	}

	// ---- shared

	private void validateAmounts(ContractInput input) {
		for (BigDecimal amount : new BigDecimal[] { input.obligated(), input.ceiling() }) {
			if (amount != null && amount.signum() < 0) {
				throw CrosscheckException.invalid("a contract value cannot be negative: " + amount.toPlainString());
			}
		}
		if (input.obligated() != null && input.ceiling() != null && input.ceiling().compareTo(input.obligated()) < 0) {
			throw CrosscheckException
				.invalid("the ceiling (" + input.ceiling().toPlainString() + ") is below the obligated value ("
						+ input.obligated().toPlainString() + "); check the two amounts");
		}
	}

	private List<Long> annotationKeys(DatasetRef ref, List<Integer> annotationIds) {
		List<Long> keys = new ArrayList<>();
		if (annotationIds == null) {
			return keys;
		}
		for (Integer id : annotationIds) {
			keys.add(this.annotations.annotationKey(ref.id(), id)
				.orElseThrow(() -> CrosscheckException.notFound("no annotation " + id + " in dataset " + ref.name(),
						Remedy.listIds("annotation"))));
		}
		return keys;
	}

	private void link(String ownerKind, long ownerKey, List<Long> annotationKeys) {
		this.jdbc.sql("delete from evidence where owner_kind = ? and owner_id = ?")
			.params(ownerKind, ownerKey)
			.update();
		for (Long annotation : annotationKeys.stream().distinct().toList()) {
			this.jdbc
				.sql("insert into evidence (owner_kind, owner_id, annotation_id, role) values (?, ?, ?, 'evidence')")
				.params(ownerKind, ownerKey, annotation)
				.update();
		}
	}

	private Map<Long, List<Evidence>> evidenceOf(String ownerKind, long datasetId) {
		return evidenceOf(ownerKind, datasetId, null);
	}

	/**
	 * The evidence of the dataset's contracts or events, or of the one numbered
	 * {@code number} (null: all): one contract's evidence is read alone, so that adding
	 * contracts one by one does not read every contract's evidence each time.
	 */
	private Map<Long, List<Evidence>> evidenceOf(String ownerKind, long datasetId, Integer number) {
		record Link(long owner, long annotation) {
		}
		List<Link> links = this.jdbc
			.sql("select e.owner_id, e.annotation_id from evidence e join " + ownerKind
					+ " o on o.id = e.owner_id where e.owner_kind = ? and o.dataset_id = ?"
					+ (number == null ? "" : " and o.num = ?"))
			.params(number == null ? List.of(ownerKind, datasetId) : List.of(ownerKind, datasetId, number))
			.query((rs, row) -> new Link(rs.getLong(1), rs.getLong(2)))
			.list();
		Map<Long, AnnotationView> annotations = this.annotations
			.annotationsByKey(links.stream().map(Link::annotation).distinct().toList());
		Map<Long, List<Evidence>> result = new HashMap<>();
		links.stream()
			.filter(link -> annotations.containsKey(link.annotation()))
			.sorted(Comparator.comparingInt(link -> annotations.get(link.annotation()).id()))
			.forEach(link -> {
				AnnotationView a = annotations.get(link.annotation());
				result.computeIfAbsent(link.owner(), k -> new ArrayList<>())
					.add(new Evidence(a.id(), a.source(), a.exact(), a.start(), a.end()));
			});
		return result;
	}

	private int nextNum(String table, long datasetId) {
		return this.numbers.next(datasetId, table);
	}

	private long key(String table, long datasetId, int number) {
		return this.jdbc.sql("select id from " + table + " where dataset_id = ? and num = ?")
			.params(datasetId, number)
			.query(Long.class)
			.single();
	}

	private void update(String table, long key, Map<String, Object> set) {
		StringBuilder sql = new StringBuilder("update " + table + " set version = version + 1");
		set.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
		var statement = this.jdbc.sql(sql + " where id = :key").param("key", key);
		for (Map.Entry<String, Object> entry : set.entrySet()) {
			statement = statement.param(entry.getKey(), entry.getValue());
		}
		statement.update();
	}

	private static ContractView mapContract(ResultSet rs, Map<Long, List<Evidence>> evidence) throws SQLException {
		return new ContractView(rs.getInt("num"), rs.getString("uid"), rs.getString("vendor"), rs.getString("agency"),
				rs.getString("currency"), strip(rs.getBigDecimal("obligated")), strip(rs.getBigDecimal("ceiling")),
				rs.getString("award_date"), rs.getString("period_end"), rs.getString("options_end"),
				rs.getString("purpose"), evidence.getOrDefault(rs.getLong("id"), List.of()));
	}

	private static EventView mapEvent(ResultSet rs, Map<Long, List<Evidence>> evidence) throws SQLException {
		Date start = rs.getDate("date_start");
		Date end = rs.getDate("date_end");
		String entities = rs.getString("entities");
		return new EventView(rs.getInt("num"), rs.getString("uid"),
				start == null ? null : start.toLocalDate().toString(),
				end == null ? null : end.toLocalDate().toString(), rs.getString("date_precision"),
				rs.getString("date_status"), rs.getString("date_text"), rs.getString("description"),
				EventLabel.of(rs.getString("description")),
				entities == null || entities.isEmpty() ? List.of() : Arrays.asList(entities.split("\n")),
				evidence.getOrDefault(rs.getLong("id"), List.of()));
	}

	private static BigDecimal strip(BigDecimal amount) {
		return amount == null ? null : amount.stripTrailingZeros();
	}

	private static void putIf(Map<String, Object> set, String column, Object value) {
		if (value != null) {
			set.put(column, value);
		}
	}

	private static String currency(String currency) {
		if (currency == null || currency.isBlank()) {
			return "USD";
		}
		String code = currency.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{3}")) {
			throw CrosscheckException
				.invalid("'" + currency + "' is not a currency code; use ISO 4217 such as USD, EUR, GBP");
		}
		return code;
	}

	private static String text(PartialDate date) {
		return date == null ? null : date.text();
	}

	private static String precision(PartialDate date) {
		return date == null ? null : date.precision().name();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String joinLines(List<String> values) {
		return values == null || values.isEmpty() ? null : String.join("\n", values);
	}

	// ---- for the features that copy contracts, events and their evidence (bundles)

	/**
	 * Every contract of the dataset with all its columns, in number order, {@code page}
	 * rows a query.
	 */
	@Transactional(readOnly = true)
	public void eachContractRow(long datasetId, int page, Consumer<ContractRow> record) {
		Rows.pages(this.jdbc,
				"select * from contract where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only",
				datasetId, page,
				(rs, row) -> new ContractRow(rs.getLong("id"), rs.getInt("num"), rs.getString("uid"),
						rs.getString("vendor"), rs.getString("agency"), rs.getString("currency"),
						rs.getBigDecimal("obligated"), rs.getBigDecimal("ceiling"), rs.getString("award_date"),
						rs.getString("award_precision"), rs.getString("period_end"), rs.getString("period_precision"),
						rs.getString("options_end"), rs.getString("options_precision"), rs.getString("purpose"),
						Rows.time(rs, "created_at")),
				ContractRow::num, record);
	}

	/**
	 * Every event of the dataset with all its columns, in number order, {@code page} rows
	 * a query.
	 */
	@Transactional(readOnly = true)
	public void eachEventRow(long datasetId, int page, Consumer<EventRow> record) {
		Rows.pages(this.jdbc,
				"select * from event where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only",
				datasetId, page, (rs, row) -> {
					Date start = rs.getDate("date_start");
					Date end = rs.getDate("date_end");
					String entities = rs.getString("entities");
					return new EventRow(rs.getLong("id"), rs.getInt("num"), rs.getString("uid"),
							start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
							rs.getString("date_precision"), rs.getString("date_status"), rs.getString("date_text"),
							rs.getString("description"),
							entities == null || entities.isEmpty() ? List.of() : Arrays.asList(entities.split("\n")),
							Rows.time(rs, "created_at"));
				}, EventRow::num, record);
	}

	/**
	 * The keys of the dataset's contracts ({@code contract}) or events ({@code event}),
	 * by uid.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> keysByUid(long datasetId, String kind) {
		Map<String, Long> keys = new HashMap<>();
		this.jdbc.sql("select uid, id from " + (EVENT.equals(kind) ? EVENT : CONTRACT) + " where dataset_id = ?")
			.param(datasetId)
			.query((rs, row) -> keys.put(rs.getString(1), rs.getLong(2)))
			.list();
		return keys;
	}

	/**
	 * Inserts a contract as it is, number and uid included, inside the caller's
	 * transaction; returns its key.
	 */
	@Transactional
	public long insertContractRow(long datasetId, ContractRow c) {
		this.jdbc.sql("""
				insert into contract (dataset_id, num, uid, vendor, agency, currency, obligated, ceiling, award_date,
				  award_precision, period_end, period_precision, options_end, options_precision, purpose, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(datasetId, c.num(), c.uid(), c.vendor(), c.agency(), c.currency(), c.obligated(), c.ceiling(),
					c.awardDate(), c.awardPrecision(), c.periodEnd(), c.periodPrecision(), c.optionsEnd(),
					c.optionsPrecision(), c.purpose(), c.createdAt())
			.update();
		return key(CONTRACT, datasetId, c.num());
	}

	/**
	 * Inserts an event as it is, number and uid included, inside the caller's
	 * transaction; returns its key.
	 */
	@Transactional
	public long insertEventRow(long datasetId, EventRow e) {
		this.jdbc.sql("""
				insert into event (dataset_id, num, uid, date_start, date_end, date_precision, date_status, date_text,
				  description, entities, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(datasetId, e.num(), e.uid(), e.start(), e.end(), e.precision(), e.status(), e.dateText(),
					e.description(),
					e.entities() == null || e.entities().isEmpty() ? null : String.join("\n", e.entities()),
					e.createdAt())
			.update();
		return key(EVENT, datasetId, e.num());
	}

	/**
	 * The evidence of the dataset's contracts and events, and of the discrepancies with
	 * the given keys (the discrepancy feature knows which are the dataset's).
	 */
	@Transactional(readOnly = true)
	public List<EvidenceLink> evidenceLinks(long datasetId, java.util.Collection<Long> discrepancyKeys) {
		List<EvidenceLink> links = new ArrayList<>();
		for (String kind : List.of(CONTRACT, EVENT)) {
			links.addAll(this.jdbc
				.sql("select owner_kind, owner_id, annotation_id, role from evidence"
						+ " where owner_kind = ? and owner_id in (select id from " + kind + " where dataset_id = ?)")
				.params(kind, datasetId)
				.query((rs, row) -> new EvidenceLink(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
				.list());
		}
		for (List<Long> slice : Rows.slices(discrepancyKeys)) {
			links.addAll(this.jdbc
				.sql("select owner_kind, owner_id, annotation_id, role from evidence"
						+ " where owner_kind = 'discrepancy' and owner_id in (:keys)")
				.param("keys", slice)
				.query((rs, row) -> new EvidenceLink(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
				.list());
		}
		return links;
	}

	/** Adds one link of evidence unless it is there already; true when it was added. */
	@Transactional
	public boolean linkEvidence(EvidenceLink link) {
		return this.jdbc.sql("""
				insert into evidence (owner_kind, owner_id, annotation_id, role) select ?, ?, ?, ? where not exists
				  (select 1 from evidence where owner_kind = ? and owner_id = ? and annotation_id = ? and role = ?)""")
			.params(link.ownerKind(), link.ownerKey(), link.annotationKey(), link.role(), link.ownerKind(),
					link.ownerKey(), link.annotationKey(), link.role())
			.update() > 0;
	}

}
