package org.crosscheck.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.AnnotationView;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.ledger.ContractInput;
import org.crosscheck.ledger.EventInput;
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
import org.crosscheck.extraction.internal.Suggesters;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceText;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the suggesters over sources and keeps their suggestions for review; accepting one
 * makes an annotation (and an entity, contract or event), rejecting one keeps it from
 * coming back.
 */
@Service
public class SuggestionService {

	/** Sources analysed in parallel, then stored in one transaction. */
	private static final int CHUNK = 128;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final DatasetService datasets;

	private final SourceService sources;

	private final AnnotationService annotations;

	private final ClaimService claims;

	private final Revisions revisions;

	private final Numbers numbers;

	private final TransactionTemplate transactions;

	SuggestionService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DatasetService datasets, SourceService sources,
			AnnotationService annotations, ClaimService claims, Revisions revisions, Numbers numbers,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.datasets = datasets;
		this.sources = sources;
		this.annotations = annotations;
		this.claims = claims;
		this.revisions = revisions;
		this.numbers = numbers;
		this.transactions = transactions;
	}

	/** One suggestion before it is stored. */
	private record Found(long sourceKey, String kind, int start, int end, String exact, String label, String value) {
	}

	/**
	 * Runs the suggesters over one source, or every source when {@code sourceId} is null.
	 */
	public SuggestReport suggest(String dataset, Integer sourceId) {
		DatasetRef ref = this.datasets.require(dataset);
		List<SourceText> texts = sourceId == null ? this.sources.sourceTexts(dataset)
				: List.of(this.sources.sourceText(dataset, sourceId));
		Map<String, Integer> added = new TreeMap<>();
		Map<Integer, Integer> unresolved = new TreeMap<>();
		int updated = 0;
		// The suggesters need no database: the next chunk is analysed while this one is
		// stored, by a pool as wide as the machine, so that the analysis also takes the
		// core the storing leaves idle while it waits for the analysis.
		try (ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
			CompletableFuture<List<List<Found>>> next = analyseAsync(pool, texts, 0);
			for (int from = 0; from < texts.size(); from += CHUNK) {
				List<SourceText> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
				List<List<Found>> found = joined(next);
				next = analyseAsync(pool, texts, from + CHUNK);
				for (int i = 0; i < chunk.size(); i++) {
					int count = (int) found.get(i)
						.stream()
						.filter(f -> f.kind().equals("date") && f.value().contains("\"UNRESOLVED\""))
						.count();
					if (count > 0) {
						unresolved.put(chunk.get(i).id(), count);
					}
				}
				Integer changed = this.transactions.execute(status -> store(ref, chunk, found, added));
				updated += changed == null ? 0 : changed;
			}
		}
		return new SuggestReport(texts.size(), added, updated, unresolved);
	}

	/**
	 * The suggestions of the chunk of {@code texts} that starts at {@code from}, found in
	 * parallel.
	 */
	private static CompletableFuture<List<List<Found>>> analyseAsync(ForkJoinPool pool, List<SourceText> texts,
			int from) {
		if (from >= texts.size()) {
			return CompletableFuture.completedFuture(List.of());
		}
		List<SourceText> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
		return CompletableFuture.supplyAsync(() -> chunk.parallelStream().map(SuggestionService::analyse).toList(),
				pool);
	}

	private static <T> T joined(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	private static List<Found> analyse(SourceText source) {
		LocalDate published = source.publishedDay();
		Suggesters.Everything everything = Suggesters.everything(source.text(), published);
		List<Found> found = new ArrayList<>();
		// An entity is reviewed once per source, not once per mention: its first mention
		// stands for all.
		Map<String, List<Suggestion>> mentions = new LinkedHashMap<>();
		for (Suggestion suggestion : everything.suggestions()) {
			if (suggestion.value() instanceof EntityValue entity) {
				mentions.computeIfAbsent(entity.kind() + "|" + entity.name(), k -> new ArrayList<>()).add(suggestion);
				continue;
			}
			found.add(new Found(source.key(), suggestion.kind().name().toLowerCase(Locale.ROOT), suggestion.start(),
					suggestion.end(), suggestion.exact(), label(suggestion.value()),
					JSON.writeValueAsString(suggestion.value())));
		}
		for (List<Suggestion> group : mentions.values()) {
			Suggestion first = group.get(0);
			EntityMentions value = new EntityMentions((EntityValue) first.value(),
					group.stream().map(m -> new int[] { m.start(), m.end() }).toList());
			found.add(new Found(source.key(), "entity", first.start(), first.end(), first.exact(),
					label(first.value()) + (group.size() > 1 ? " · " + group.size() + " mentions" : ""),
					JSON.writeValueAsString(value)));
		}
		String text = source.text();
		for (ContractDraft draft : everything.drafts().contracts()) {
			found.add(new Found(source.key(), "contract", draft.evidenceStart(), draft.evidenceEnd(),
					text.substring(draft.evidenceStart(), draft.evidenceEnd()), label(draft),
					JSON.writeValueAsString(draft)));
		}
		for (EventDraft draft : everything.drafts().events()) {
			// The description is the evidence sentence, stored once as the suggestion's
			// words.
			EventDraft stored = new EventDraft(draft.date(), null, draft.entities(), draft.evidenceStart(),
					draft.evidenceEnd());
			found.add(new Found(source.key(), "event", draft.evidenceStart(), draft.evidenceEnd(),
					text.substring(draft.evidenceStart(), draft.evidenceEnd()), label(draft),
					JSON.writeValueAsString(stored)));
		}
		return found;
	}

	/**
	 * Stores new suggestions and refreshes pending ones; returns how many pending ones
	 * changed.
	 */
	private int store(DatasetRef ref, List<SourceText> chunk, List<List<Found>> found, Map<String, Integer> added) {
		this.revisions.changed(ref.id(), Area.SUGGESTIONS);
		Map<String, Object[]> existing = new HashMap<>();
		List<Long> keys = chunk.stream().map(SourceText::key).toList();
		String in = String.join(",", keys.stream().map(String::valueOf).toList());
		this.jdbc.sql(
				"select source_id, kind, start_pos, end_pos, num, status, value_json from suggestion where source_id in ("
						+ in + ")")
			.query((rs, row) -> existing.put(
					rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4),
					new Object[] { rs.getInt(5), rs.getString(6), rs.getString(7) }))
			.list();
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		for (List<Found> perSource : found) {
			for (Found f : perSource) {
				Object[] old = existing.get(f.sourceKey() + "/" + f.kind() + "/" + f.start() + "/" + f.end());
				if (old == null) {
					inserts.add(new Object[] { ref.id(), null, f.sourceKey(), f.kind(), f.exact(), f.start(), f.end(),
							f.label(), f.value(), now });
					added.merge(f.kind(), 1, Integer::sum);
				}
				else if (SuggestionStatus.of((String) old[1]).isPending() && !f.value().equals(old[2])) {
					updates.add(new Object[] { f.label(), f.value(), ref.id(), old[0] });
				}
			}
		}
		this.numbers.number(ref.id(), "suggestion", inserts, 1);
		if (!inserts.isEmpty()) {
			this.jdbcTemplate.batchUpdate(
					"""
							insert into suggestion (dataset_id, num, source_id, kind, exact, start_pos, end_pos, label, value_json, created_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
					inserts);
		}
		if (!updates.isEmpty()) {
			this.jdbcTemplate.batchUpdate(
					"update suggestion set label = ?, value_json = ? where dataset_id = ? and num = ?", updates);
		}
		return updates.size();
	}

	/** Every suggestion matching the filters (null: any), in number order. */
	@Transactional(readOnly = true)
	public List<SuggestionView> listSuggestions(String dataset, String kind, Integer source, String status) {
		return listSuggestions(dataset, kind, source, status, null);
	}

	/**
	 * Suggestions matching the filters (null: any), in number order; at most
	 * {@code limit} (null: all).
	 */
	@Transactional(readOnly = true)
	public List<SuggestionView> listSuggestions(String dataset, String kind, Integer source, String status,
			Integer limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(this.datasets.require(dataset), kind, source, status, params);
		ReadTracker.reads(Area.SUGGESTIONS);
		params.put("limit", limit == null ? Integer.MAX_VALUE : Math.max(0, limit));
		return views(this.jdbc.sql(SELECT + where + " order by g.num fetch first :limit rows only")
			.params(params)
			.query(SuggestionService::map)
			.list());
	}

	/** How many suggestions match the filters (null: any). */
	@Transactional(readOnly = true)
	public int countSuggestions(String dataset, String kind, Integer source, String status) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = filters(this.datasets.require(dataset), kind, source, status, params);
		ReadTracker.reads(Area.SUGGESTIONS);
		return this.jdbc.sql("select count(*) from suggestion g" + where).params(params).query(Integer.class).single();
	}

	/**
	 * The where clause of a listing. The source is found by its number first, so that a
	 * count reads the suggestions' indexes alone, without joining every row to its
	 * source.
	 */
	private String filters(DatasetRef ref, String kind, Integer source, String status, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" where g.dataset_id = :dataset");
		params.put("dataset", ref.id());
		if (kind != null) {
			sql.append(" and g.kind = :kind");
			params.put("kind", kindKey(kind));
		}
		if (source != null) {
			sql.append(" and g.source_id = :source");
			params.put("source", this.sources.sourceKey(ref.id(), source).orElse(-1L));
		}
		if (status != null) {
			sql.append(" and g.status = :status");
			params.put("status", SuggestionStatus.of(status).key());
		}
		return sql.toString();
	}

	private static final String SELECT = """
			select g.num, g.source_id, g.kind, g.exact, g.start_pos, g.end_pos, g.label, g.status, g.annotation_id,
			  g.value_json
			from suggestion g""";

	/**
	 * A suggestion as read, with the keys of its source and annotation; their numbers
	 * come from their features.
	 */
	private record Stored(long sourceKey, Long annotationKey, SuggestionView view) {
	}

	private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Stored(rs.getLong("source_id"), Rows.key(rs, "annotation_id"),
				new SuggestionView(rs.getInt("num"), 0, rs.getString("kind"), rs.getString("exact"),
						rs.getInt("start_pos"), rs.getInt("end_pos"), rs.getString("label"), rs.getString("status"),
						null, rs.getString("value_json")));
	}

	private List<SuggestionView> views(List<Stored> stored) {
		Map<Long, Integer> sourceNumbers = this.sources
			.sourceNumbers(stored.stream().map(Stored::sourceKey).distinct().toList());
		Map<Long, Integer> annotationNumbers = this.annotations.annotationNumbers(
				stored.stream().map(Stored::annotationKey).filter(java.util.Objects::nonNull).distinct().toList());
		return stored.stream().map(s -> {
			SuggestionView v = s.view();
			return new SuggestionView(v.id(), sourceNumbers.get(s.sourceKey()), v.kind(), v.exact(), v.start(), v.end(),
					v.label(), v.status(), s.annotationKey() == null ? null : annotationNumbers.get(s.annotationKey()),
					v.value());
		}).toList();
	}

	/** Accepts the given suggestions. */
	@Transactional
	public AcceptReport accept(String dataset, List<Integer> ids) {
		DatasetRef ref = this.datasets.require(dataset);
		List<SuggestionView> chosen = new ArrayList<>();
		for (Integer id : ids) {
			chosen.add(this.jdbc.sql(SELECT + " where g.dataset_id = ? and g.num = ?")
				.params(ref.id(), id)
				.query(SuggestionService::map)
				.optional()
				.map(stored -> views(List.of(stored)).getFirst())
				.orElseThrow(() -> CrosscheckException.notFound("no suggestion " + id + " in dataset " + ref.name(),
						Remedy.listIds("suggestion"))));
		}
		return acceptAll(ref, chosen);
	}

	/** Accepts every pending suggestion, or every pending one of a kind. */
	@Transactional
	public AcceptReport acceptPending(String dataset, String kind) {
		DatasetRef ref = this.datasets.require(dataset);
		return acceptAll(ref, listSuggestions(dataset, kind, null, SuggestionStatus.PENDING.key()));
	}

	@Transactional
	public int reject(String dataset, List<Integer> ids) {
		DatasetRef ref = this.datasets.require(dataset);
		int rejected = 0;
		for (Integer id : ids) {
			int changed = this.jdbc
				.sql("update suggestion set status = ? where dataset_id = ? and num = ? and status = ?")
				.params(SuggestionStatus.PENDING.reject().key(), ref.id(), id, SuggestionStatus.PENDING.key())
				.update();
			if (changed == 0 && this.jdbc.sql("select count(*) from suggestion where dataset_id = ? and num = ?")
				.params(ref.id(), id)
				.query(Integer.class)
				.single() == 0) {
				throw CrosscheckException.notFound("no suggestion " + id + " in dataset " + ref.name(),
						Remedy.listIds("suggestion"));
			}
			rejected += changed;
		}
		this.revisions.changed(ref.id(), Area.SUGGESTIONS);
		return rejected;
	}

	private AcceptReport acceptAll(DatasetRef ref, List<SuggestionView> chosen) {
		List<Integer> annotationIds = new ArrayList<>();
		List<Integer> contractIds = new ArrayList<>();
		List<Integer> eventIds = new ArrayList<>();
		List<Integer> skipped = new ArrayList<>();
		int entities = 0;
		int accepted = 0;
		for (SuggestionView suggestion : chosen) {
			if (!SuggestionStatus.of(suggestion.status()).isPending()) {
				skipped.add(suggestion.id());
				continue;
			}
			AnnotationView annotation;
			switch (suggestion.kind()) {
				case "entity" -> {
					EntityMentions value = JSON.readValue(suggestion.value(), EntityMentions.class);
					long entity = entityFor(ref, value.entity());
					entities++;
					String entityJson = JSON.writeValueAsString(value.entity());
					annotation = null;
					for (int[] mention : value.mentions()) {
						AnnotationView made = span(ref, suggestion.source(), mention[0], mention[1],
								AnnotationKind.ENTITY, entity, entityJson);
						annotation = annotation == null ? made : annotation;
						if (made != annotation) {
							annotationIds.add(made.id());
						}
					}
				}
				case "contract" -> {
					ContractDraft draft = JSON.readValue(suggestion.value(), ContractDraft.class);
					annotation = span(ref, suggestion, AnnotationKind.CLAIM, null);
					contractIds.add(this.claims.addContract(ref.name(), contractInput(draft, annotation.id())).id());
				}
				case "event" -> {
					EventDraft stored = JSON.readValue(suggestion.value(), EventDraft.class);
					EventDraft draft = new EventDraft(stored.date(),
							stored.description() == null ? suggestion.exact() : stored.description(), stored.entities(),
							stored.evidenceStart(), stored.evidenceEnd());
					annotation = span(ref, suggestion, AnnotationKind.CLAIM, null);
					eventIds.add(this.claims.addEvent(ref.name(), eventInput(draft, annotation.id())).id());
				}
				default -> annotation = span(ref, suggestion, AnnotationKind.of(suggestion.kind()), null);
			}
			annotationIds.add(annotation.id());
			this.jdbc.sql("update suggestion set status = ?, annotation_id = ? where dataset_id = ? and num = ?")
				.params(SuggestionStatus.of(suggestion.status()).accept().key(),
						this.annotations.annotationKey(ref.id(), annotation.id()).orElse(null), ref.id(),
						suggestion.id())
				.update();
			accepted++;
		}
		this.revisions.changed(ref.id(), Area.SUGGESTIONS);
		return new AcceptReport(accepted, annotationIds, contractIds, eventIds, entities, skipped);
	}

	/**
	 * The annotation over a suggestion's span: an existing one of the same kind and span,
	 * or a new one.
	 */
	private AnnotationView span(DatasetRef ref, SuggestionView suggestion, AnnotationKind kind, Long entity) {
		return span(ref, suggestion.source(), suggestion.start(), suggestion.end(), kind, entity,
				kind == AnnotationKind.CLAIM ? null : suggestion.value());
	}

	private AnnotationView span(DatasetRef ref, int source, int start, int end, AnnotationKind kind, Long entity,
			String value) {
		Integer existing = this.sources.sourceKey(ref.id(), source)
			.flatMap(sourceKey -> this.annotations.annotationAt(ref.id(), sourceKey, kind, start, end))
			.orElse(null);
		if (existing != null) {
			return this.annotations.show(ref.name(), existing);
		}
		return this.annotations.annotateSpan(ref.name(), source, start, end, kind, null, List.of(), value, entity,
				"suggestion");
	}

	/**
	 * The dataset's entity with this name or alias, made or widened to carry every alias.
	 */
	private long entityFor(DatasetRef ref, EntityValue value) {
		List<String> names = new ArrayList<>();
		names.add(value.name());
		names.addAll(value.aliases());
		Long key = null;
		for (String name : names) {
			key = this.jdbc
				.sql("""
						select e.id from entity e where e.dataset_id = ? and (lower(e.name) = lower(?)
						  or exists (select 1 from entity_alias x where x.entity_id = e.id and lower(x.alias) = lower(?)))""")
				.params(ref.id(), name, name)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (key != null) {
				break;
			}
		}
		if (key == null) {
			this.revisions.changed(ref.id(), Area.ENTITIES);
			int number = this.numbers.next(ref.id(), "entity");
			this.jdbc.sql("insert into entity (dataset_id, num, uid, kind, name, created_at) values (?, ?, ?, ?, ?, ?)")
				.params(ref.id(), number, UUID.randomUUID().toString(), value.kind().name().toLowerCase(Locale.ROOT),
						value.name(), OffsetDateTime.now(ZoneOffset.UTC))
				.update();
			key = this.jdbc.sql("select id from entity where dataset_id = ? and num = ?")
				.params(ref.id(), number)
				.query(Long.class)
				.single();
		}
		String canonical = this.jdbc.sql("select name from entity where id = ?")
			.param(key)
			.query(String.class)
			.single();
		for (String name : names) {
			if (name.equalsIgnoreCase(canonical)) {
				continue;
			}
			int known = this.jdbc
				.sql("select count(*) from entity_alias where entity_id = ? and lower(alias) = lower(?)")
				.params(key, name)
				.query(Integer.class)
				.single();
			if (known == 0) {
				this.jdbc.sql("insert into entity_alias (entity_id, alias) values (?, ?)").params(key, name).update();
				this.revisions.changed(ref.id(), Area.ENTITIES);
			}
		}
		return key;
	}

	@Transactional(readOnly = true)
	public List<EntityView> listEntities(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.ENTITIES);
		Map<Long, List<String>> aliases = aliases(ref.id());
		Map<Long, Integer> mentions = this.annotations.mentionsPerEntity(ref.id());
		return this.jdbc.sql("select id, num, uid, kind, name from entity where dataset_id = ? order by num")
			.param(ref.id())
			.query((rs, row) -> new EntityView(rs.getInt("num"), rs.getString("uid"), rs.getString("kind"),
					rs.getString("name"), aliases.getOrDefault(rs.getLong("id"), List.of()),
					mentions.getOrDefault(rs.getLong("id"), 0)))
			.list();
	}

	// ---- for the features that copy entities (bundles)

	/**
	 * Every entity of the dataset with its aliases (in alphabetical order), in number
	 * order.
	 */
	@Transactional(readOnly = true)
	public void eachEntityRow(long datasetId, int page, Consumer<EntityRow> record) {
		Map<Long, List<String>> aliases = aliases(datasetId);
		Rows.pages(this.jdbc,
				"select * from entity where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only",
				datasetId, page,
				(rs, row) -> new EntityRow(rs.getLong("id"), rs.getInt("num"), rs.getString("uid"),
						rs.getString("kind"), rs.getString("name"), aliases.getOrDefault(rs.getLong("id"), List.of()),
						Rows.time(rs, "created_at")),
				EntityRow::num, record);
	}

	/** The aliases of each entity of the dataset, in alphabetical order. */
	private Map<Long, List<String>> aliases(long datasetId) {
		Map<Long, List<String>> aliases = new HashMap<>();
		this.jdbc.sql(
				"select x.entity_id, x.alias from entity_alias x join entity e on e.id = x.entity_id where e.dataset_id = ? order by x.alias")
			.param(datasetId)
			.query((rs, row) -> aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return aliases;
	}

	/**
	 * Inserts an entity as it is, number and uid included, with its aliases; returns its
	 * key.
	 */
	@Transactional
	public long insertEntityRow(long datasetId, EntityRow entity) {
		this.jdbc.sql("insert into entity (dataset_id, num, uid, kind, name, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(datasetId, entity.num(), entity.uid(), entity.kind(), entity.name(), entity.createdAt())
			.update();
		long key = this.jdbc.sql("select id from entity where dataset_id = ? and num = ?")
			.params(datasetId, entity.num())
			.query(Long.class)
			.single();
		List<Object[]> aliases = new java.util.LinkedHashSet<>(entity.aliases()).stream()
			.map(alias -> new Object[] { key, alias })
			.toList();
		this.jdbcTemplate.batchUpdate("insert into entity_alias (entity_id, alias) values (?, ?)", aliases);
		return key;
	}

	/**
	 * Gives the entity with this key one more alias; false when it has that alias
	 * already.
	 */
	@Transactional
	public boolean addEntityAlias(long entityKey, String alias) {
		return this.jdbc.sql("""
				insert into entity_alias (entity_id, alias) select ?, ? where not exists
				  (select 1 from entity_alias where entity_id = ? and alias = ?)""")
			.params(entityKey, alias, entityKey, alias)
			.update() > 0;
	}

	private static ContractInput contractInput(ContractDraft draft, int evidence) {
		String currency = draft.obligated() != null ? draft.obligated().currency()
				: draft.ceiling() != null ? draft.ceiling().currency() : null;
		return new ContractInput(draft.vendor(), draft.agency(), currency,
				draft.obligated() == null ? null : draft.obligated().amount(),
				draft.ceiling() == null ? null : draft.ceiling().amount(), partial(draft.awardDate()),
				partial(draft.periodEnd()), partial(draft.optionsEnd()), draft.purpose(), List.of(evidence));
	}

	private static EventInput eventInput(EventDraft draft, int evidence) {
		DateValue date = draft.date();
		boolean placed = date != null && date.start() != null;
		return new EventInput(placed ? date.start() : null, placed ? date.end() : null,
				date == null ? null : date.precision().name(), date == null ? "UNRESOLVED" : date.status().name(),
				date == null ? null : date.rule(), draft.description(), draft.entities(), List.of(evidence));
	}

	/** A resolved date at its precision; unresolved ones are left out. */
	static PartialDate partial(DateValue date) {
		if (date == null || date.start() == null) {
			return null;
		}
		return switch (date.precision()) {
			case YEAR -> PartialDate.parse(String.valueOf(date.start().getYear()));
			case MONTH, QUARTER -> PartialDate.parse(date.start().toString().substring(0, 7));
			case DAY -> PartialDate.parse(date.start().toString());
		};
	}

	static String label(Object value) {
		return switch (value) {
			case MoneyValue money -> money.currency() + " " + money.amount().toPlainString();
			case DateValue date -> describe(date);
			case EntityValue entity ->
				entity.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + entity.name()
						+ (entity.aliases().isEmpty() ? "" : " (" + String.join(", ", entity.aliases()) + ")");
			case QuoteValue quote -> "quote by " + (quote.speaker() == null ? "unknown speaker" : quote.speaker());
			default -> String.valueOf(value);
		};
	}

	private static String label(ContractDraft draft) {
		StringBuilder out = new StringBuilder("contract: ").append(draft.vendor());
		if (draft.agency() != null) {
			out.append(" for ").append(draft.agency());
		}
		if (draft.obligated() != null) {
			out.append(", ").append(short_(draft.obligated()));
		}
		if (draft.ceiling() != null) {
			out.append(", up to ").append(short_(draft.ceiling()));
		}
		if (draft.awardDate() != null) {
			out.append(", awarded ").append(describe(draft.awardDate()));
		}
		return out.toString();
	}

	private static String label(EventDraft draft) {
		return "event: " + (draft.date() == null ? "undated" : describe(draft.date()));
	}

	private static String short_(MoneyValue money) {
		BigDecimal millions = money.amount().divide(BigDecimal.valueOf(1_000_000), 2, RoundingMode.HALF_UP);
		return money.currency() + " " + millions.stripTrailingZeros().toPlainString() + "M";
	}

	private static String describe(DateValue date) {
		if (date.status() == DateStatus.UNRESOLVED) {
			return "unresolved" + (date.hint() == null ? "" : " (" + date.hint() + ")");
		}
		String start = at(date.start(), date.precision());
		String end = at(date.end(), date.precision());
		String when = start.equals(end) ? start : start + ".." + end;
		return when + " " + date.precision().name().toLowerCase(Locale.ROOT)
				+ (date.status() == DateStatus.AMBIGUOUS ? " AMBIGUOUS" : "")
				+ (date.rule() == null ? "" : " [" + date.rule() + "]");
	}

	private static String at(LocalDate date, DatePrecision precision) {
		if (date == null) {
			return "?";
		}
		return switch (precision) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH, QUARTER -> date.toString().substring(0, 7);
			case DAY -> date.toString();
		};
	}

	private static String kindKey(String kind) {
		String key = kind.strip().toLowerCase(Locale.ROOT);
		if (!Arrays.asList("entity", "money", "date", "quote", "contract", "event").contains(key)) {
			throw CrosscheckException
				.invalid("unknown kind '" + kind + "'; use entity, money, date, quote, contract or event");
		}
		return key;
	}

}
