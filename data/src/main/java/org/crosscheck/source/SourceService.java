package org.crosscheck.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.common.Rows;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.dataset.SourceCounts;
import org.crosscheck.source.internal.CleanedDocument;
import org.crosscheck.source.internal.DocumentReader;
import org.crosscheck.source.internal.Published;
import org.crosscheck.source.internal.ReadDocument;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Imports, lists, shows and corrects the sources of a dataset. */
@Service
public class SourceService implements SourceCounts {

	/** Files read and cleaned in parallel before they are stored one transaction each. */
	private static final int CHUNK = 64;

	private static final String SUMMARY_COLUMNS = "num, title, outlet, url, author, published, retrieved_at, content_hash, clean_length as length";

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final Revisions revisions;

	private final Numbers numbers;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbcTemplate;

	SourceService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DatasetService datasets, Revisions revisions,
			Numbers numbers, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.datasets = datasets;
		this.revisions = revisions;
		this.numbers = numbers;
		this.transactions = transactions;
	}

	/**
	 * Imports files and folders (recursively) into the dataset. Each file is stored in
	 * its own transaction: a bad file is reported with its reason and the import goes on;
	 * content the dataset holds already is reported as a duplicate and adds nothing.
	 */
	public ImportReport importSources(String dataset, List<Path> paths, ImportOptions options,
			ImportListener listener) {
		DatasetRef ref = this.transactions.execute(status -> this.datasets.require(dataset));
		Published published = options.published() == null ? null : Published.parse(options.published());
		List<Path> files = expand(paths);
		DocumentReader reader = new DocumentReader(options.maxBytes());
		List<SourceSummary> imported = new ArrayList<>();
		List<ImportReport.Duplicate> duplicates = new ArrayList<>();
		List<ImportReport.Failure> failed = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		int done = 0;
		for (int from = 0; from < files.size(); from += CHUNK) {
			List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
			// Reading and cleaning is CPU work that needs no database: spread it over the
			// cores.
			List<Object> outcomes = chunk.parallelStream().map(file -> read(reader, file)).toList();
			for (int i = 0; i < chunk.size(); i++) {
				String name = chunk.get(i).toString();
				if (outcomes.get(i) instanceof ReadDocument document) {
					try {
						Object stored = this.transactions
							.execute(status -> store(ref, name, document, options, published));
						if (stored instanceof SourceSummary summary) {
							imported.add(summary);
							document.warnings().forEach(warning -> warnings.add(name + ": " + warning));
						}
						else {
							duplicates.add(new ImportReport.Duplicate(name, (Integer) stored));
						}
					}
					catch (RuntimeException ex) {
						failed.add(new ImportReport.Failure(name, reason(ex),
								ex instanceof CrosscheckException crosscheck ? crosscheck.remedy() : null));
					}
				}
				else {
					failed.add(outcomes.get(i) instanceof CrosscheckException refused
							? new ImportReport.Failure(name, refused.getMessage(), refused.remedy())
							: new ImportReport.Failure(name, (String) outcomes.get(i), null));
				}
				listener.progress(++done, files.size(), name);
			}
		}
		return new ImportReport(imported, duplicates, failed, warnings);
	}

	private static String reason(RuntimeException ex) {
		if (ex instanceof CrosscheckException) {
			return ex.getMessage();
		}
		return "could not be stored: " + (ex.getMessage() == null ? ex.getClass().getSimpleName()
				: ex.getMessage().lines().findFirst().orElse(""));
	}

	/** A ReadDocument, or why the file cannot be imported: a refusal or a reason. */
	private static Object read(DocumentReader reader, Path file) {
		try {
			reader.checkSize(Files.size(file));
			return reader.read(file.getFileName().toString(), Files.readAllBytes(file));
		}
		catch (CrosscheckException ex) {
			return ex;
		}
		catch (IOException ex) {
			return "cannot be read: " + ex.getMessage();
		}
		catch (RuntimeException ex) {
			return "cannot be read: " + ex;
		}
	}

	/**
	 * The stored source's summary, or the id of the source that holds the same content.
	 */
	private Object store(DatasetRef ref, String fileName, ReadDocument document, ImportOptions options,
			Published published) {
		String hash = sha256(document.rawText());
		Integer existing = existingWithHash(ref.id(), hash);
		if (existing != null) {
			return existing;
		}
		CleanedDocument cleaned = document.cleaned();
		if (cleaned.text() == null || cleaned.text().isBlank()) {
			throw CrosscheckException.invalid("no article text left after removing boilerplate");
		}
		Published when = published != null ? published
				: (cleaned.published() == null ? null : Published.parse(cleaned.published()));
		this.revisions.changed(ref.id(), Area.SOURCES);
		int num = this.numbers.next(ref.id(), "source");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		try {
			this.jdbc.sql("""
					insert into source (dataset_id, num, uid, title, outlet, url, author, published, published_at,
					  retrieved_at, content_hash, format, file_name, raw_text, clean_text, clean_length)
					values (:dataset, :num, :uid, :title, :outlet, :url, :author, :published, :publishedAt,
					  :retrieved, :hash, :format, :fileName, :raw, :clean, :length)""")
				.param("length", cleaned.text().length())
				.param("dataset", ref.id())
				.param("num", num)
				.param("uid", UUID.randomUUID().toString())
				.param("title",
						first(options.title(), cleaned.title() != null ? cleaned.title() : leadTitle(cleaned.text())))
				.param("outlet", first(options.outlet(), cleaned.outlet()))
				.param("url", first(options.url(), cleaned.url()))
				.param("author", cleaned.author())
				.param("published", when == null ? null : when.iso())
				.param("publishedAt", when == null ? null : when.instant())
				.param("retrieved", now)
				.param("hash", hash)
				.param("format", document.format().name())
				.param("fileName", Path.of(fileName).getFileName().toString())
				.param("raw", document.rawText())
				.param("clean", cleaned.text())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Another process imported the same content a moment ago.
			Integer other = existingWithHash(ref.id(), hash);
			if (other != null) {
				return other;
			}
			throw ex;
		}
		return summary(ref.id(), num);
	}

	private Integer existingWithHash(long datasetId, String hash) {
		return this.jdbc.sql("select num from source where dataset_id = ? and content_hash = ?")
			.params(datasetId, hash)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	@Transactional(readOnly = true)
	public List<SourceSummary> listSources(String dataset) {
		return listSources(dataset, 0, Integer.MAX_VALUE);
	}

	/**
	 * A page of the dataset's sources in id order, for listings that show a few of many.
	 */
	@Transactional(readOnly = true)
	public List<SourceSummary> listSources(String dataset, int offset, int limit) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ " from source where dataset_id = ? order by num offset ? rows fetch next ? rows only")
			.params(ref.id(), Math.max(0, offset), Math.max(0, limit))
			.query(SourceService::mapSummary)
			.list();
	}

	/**
	 * A page of the sources of one outlet ({@code ""}: those without an outlet; null:
	 * every source) in the given order, for a grid that reads only the rows it shows.
	 */
	@Transactional(readOnly = true)
	public List<SourceSummary> pageSources(String dataset, String outlet, SourceOrder order, boolean descending,
			int offset, int limit) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from source where dataset_id = :dataset" + outletFilter(outlet)
					+ " order by " + (order == null ? SourceOrder.NUMBER : order).orderBy(descending)
					+ " offset :offset rows fetch next :limit rows only")
			.param("dataset", ref.id())
			.param("outlet", outlet == null ? "" : outlet.strip())
			.param("offset", Math.max(0, offset))
			.param("limit", Math.max(0, limit))
			.query(SourceService::mapSummary)
			.list();
	}

	/** How many sources {@link #pageSources} pages through for {@code outlet}. */
	@Transactional(readOnly = true)
	public int countSources(String dataset, String outlet) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		return this.jdbc.sql("select count(*) from source where dataset_id = :dataset" + outletFilter(outlet))
			.param("dataset", ref.id())
			.param("outlet", outlet == null ? "" : outlet.strip())
			.query(Integer.class)
			.single();
	}

	/**
	 * Where source {@code id} stands among the sources of {@code outlet} in number order
	 * (0 first), or -1.
	 */
	@Transactional(readOnly = true)
	public int positionOf(String dataset, String outlet, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		String where = " from source where dataset_id = :dataset" + outletFilter(outlet);
		return this.jdbc
			.sql("select case when exists (select 1" + where + " and num = :id)" + " then (select count(*)" + where
					+ " and num < :id) else -1 end")
			.param("dataset", ref.id())
			.param("outlet", outlet == null ? "" : outlet.strip())
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/**
	 * How many sources each outlet has; sources without an outlet count under {@code ""}.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> sourcesPerOutlet(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		Map<String, Integer> counts = new TreeMap<>();
		this.jdbc
			.sql("select coalesce(trim(outlet), '') as outlet, count(*) as sources from source where dataset_id = ?"
					+ " group by coalesce(trim(outlet), '')")
			.param(ref.id())
			.query((rs, row) -> counts.merge(rs.getString("outlet"), rs.getInt("sources"), Integer::sum))
			.list();
		return counts;
	}

	/**
	 * The condition on {@code :outlet}: none for null, no outlet for "", else that
	 * outlet.
	 */
	private static String outletFilter(String outlet) {
		return outlet == null ? "" : " and coalesce(trim(outlet), '') = :outlet";
	}

	/** How many sources the dataset holds. */
	@Transactional(readOnly = true)
	public int countSources(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		return this.jdbc.sql("select count(*) from source where dataset_id = ?")
			.param(ref.id())
			.query(Integer.class)
			.single();
	}

	@Transactional(readOnly = true)
	public SourceDetail showSource(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ ", format, file_name, clean_text, raw_text from source where dataset_id = ? and num = ?")
			.params(ref.id(), id)
			.query((rs, row) -> new SourceDetail(mapSummary(rs, row), rs.getString("format"), rs.getString("file_name"),
					rs.getString("clean_text"), rs.getString("raw_text")))
			.optional()
			.orElseThrow(() -> notFound(ref, id));
	}

	/** Corrects a source's metadata; null fields stay, empty ones are cleared. */
	@Transactional
	public SourceSummary updateSource(String dataset, int id, SourceChanges changes) {
		DatasetRef ref = this.datasets.require(dataset);
		summaryOrThrow(ref, id);
		if (changes.published() != null) {
			Published published = changes.published().isBlank() ? null : Published.parse(changes.published());
			this.jdbc.sql(
					"update source set published = ?, published_at = ?, version = version + 1 where dataset_id = ? and num = ?")
				.params(published == null ? null : published.iso(), published == null ? null : published.instant(),
						ref.id(), id)
				.update();
		}
		setText(ref, id, "outlet", changes.outlet());
		setText(ref, id, "url", changes.url());
		setText(ref, id, "title", changes.title());
		setText(ref, id, "author", changes.author());
		this.revisions.changed(ref.id(), Area.SOURCES);
		return summary(ref.id(), id);
	}

	private void setText(DatasetRef ref, int id, String column, String value) {
		if (value != null) {
			this.jdbc
				.sql("update source set " + column + " = ?, version = version + 1 where dataset_id = ? and num = ?")
				.params(value.isBlank() ? null : value.strip(), ref.id(), id)
				.update();
		}
	}

	/** The cleaned text of a source with its keys, for the features that anchor to it. */
	@Transactional(readOnly = true)
	public SourceText sourceText(String dataset, int id) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		return this.jdbc.sql("select id, num, clean_text, published from source where dataset_id = ? and num = ?")
			.params(ref.id(), id)
			.query((rs, row) -> new SourceText(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> notFound(ref, id));
	}

	/**
	 * Every source's cleaned text, in order, for the features that read the whole
	 * dataset.
	 */
	@Transactional(readOnly = true)
	public List<SourceText> sourceTexts(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.SOURCES);
		return this.jdbc.sql("select id, num, clean_text, published from source where dataset_id = ? order by num")
			.param(ref.id())
			.query((rs, row) -> new SourceText(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Replaces words in a source's cleaned text (a correction, or a better cleaning);
	 * what is anchored to the text is re-anchored in the same transaction.
	 * @return how many places were replaced
	 */
	@Transactional
	public int correctText(String dataset, int id, String find, String replacement) {
		if (find == null || find.isEmpty()) {
			throw CrosscheckException
				.invalid("say which words to replace: source correct ID \"old words\" \"new words\"");
		}
		SourceText source = sourceText(dataset, id);
		int count = 0;
		for (int at = source.text().indexOf(find); at >= 0; at = source.text().indexOf(find, at + find.length())) {
			count++;
		}
		if (count == 0) {
			throw CrosscheckException.notFound("source " + id + " has no '" + find + "'", Remedy.showSource(id));
		}
		replaceText(dataset, id, source.text().replace(find, replacement == null ? "" : replacement));
		return count;
	}

	/**
	 * Replaces a source's cleaned text whole; annotations follow as far as they honestly
	 * can.
	 */
	@Transactional
	public void replaceText(String dataset, int id, String text) {
		DatasetRef ref = this.datasets.require(dataset);
		SourceText source = sourceText(dataset, id);
		if (text == null || text.isBlank()) {
			throw CrosscheckException.invalid("a source's text cannot be empty");
		}
		this.jdbc.sql("update source set clean_text = ?, clean_length = ?, version = version + 1 where id = ?")
			.params(text, text.length(), source.key())
			.update();
		this.revisions.changed(ref.id(), Area.SOURCES);
		this.events.publishEvent(new SourceTextChanged(ref.id(), source.key(), id, text));
	}

	/** The source ids of a dataset, for completion. */
	@Transactional(readOnly = true)
	public List<Integer> sourceIds(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		return this.jdbc.sql("select num from source where dataset_id = ? order by num")
			.param(ref.id())
			.query(Integer.class)
			.list();
	}

	// ---- for the features that copy, match or point at sources (bundles, annotations,
	// stories, checks)

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> sourcesPerDataset() {
		Map<Long, Integer> counts = new HashMap<>();
		this.jdbc.sql("select dataset_id, count(*) from source group by dataset_id")
			.query((rs, row) -> counts.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/**
	 * Every source of the dataset with all its columns, in number order, {@code page}
	 * rows a query.
	 */
	@Transactional(readOnly = true)
	public void eachSourceRow(long datasetId, int page, Consumer<SourceRow> record) {
		Rows.pages(this.jdbc,
				"select * from source where dataset_id = ? and num > ? order by dataset_id, num fetch first ? rows only",
				datasetId, page,
				(rs, row) -> new SourceRow(rs.getLong("id"), rs.getInt("num"), rs.getString("uid"),
						rs.getString("title"), rs.getString("outlet"), rs.getString("url"), rs.getString("author"),
						rs.getString("published"), Rows.time(rs, "published_at"), Rows.time(rs, "retrieved_at"),
						rs.getString("content_hash").strip(), rs.getString("format"), rs.getString("file_name"),
						rs.getString("raw_text"), rs.getString("clean_text")),
				SourceRow::num, record);
	}

	/**
	 * The keys, numbers, uids, addresses, content hashes and dates of the dataset's
	 * sources, in number order.
	 */
	@Transactional(readOnly = true)
	public List<SourceKey> sourceKeys(long datasetId) {
		return this.jdbc
			.sql("select id, num, uid, url, content_hash, published from source where dataset_id = ? order by num")
			.param(datasetId)
			.query((rs, row) -> new SourceKey(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5).strip(), rs.getString(6)))
			.list();
	}

	/** The key of source {@code num} of the dataset, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Long> sourceKey(long datasetId, int num) {
		return this.jdbc.sql("select id from source where dataset_id = ? and num = ?")
			.params(datasetId, num)
			.query(Long.class)
			.optional();
	}

	/**
	 * The keys of the dataset's sources with these numbers, by number (numbers of no
	 * source are left out).
	 */
	@Transactional(readOnly = true)
	public Map<Integer, Long> sourceKeys(long datasetId, Collection<Integer> nums) {
		return Rows.pairs(this.jdbc, "select num, id from source where dataset_id = :dataset and num in (:keys)",
				datasetId, nums, Integer.class, Long.class);
	}

	/** The numbers of the sources with these keys (keys of no source are left out). */
	@Transactional(readOnly = true)
	public Map<Long, Integer> sourceNumbers(Collection<Long> keys) {
		return Rows.pairs(this.jdbc, "select id, num from source where id in (:keys)", null, keys, Long.class,
				Integer.class);
	}

	/** The cleaned text of the source with this key. */
	@Transactional(readOnly = true)
	public String cleanText(long key) {
		return this.jdbc.sql("select clean_text from source where id = ?").param(key).query(String.class).single();
	}

	/**
	 * The title of the source with this key, or the start of its text when it has none.
	 */
	@Transactional(readOnly = true)
	public String label(long key) {
		return this.jdbc
			.sql("select coalesce(nullif(title, ''), substring(clean_text, 1, 200)) from source where id = ?")
			.param(key)
			.query(String.class)
			.single();
	}

	/**
	 * Inserts sources as they are, numbers, uids and dates included, in one batch inside
	 * the caller's transaction; returns their keys in the order given. The caller has
	 * taken the numbers.
	 */
	@Transactional
	public List<Long> insertSourceRows(long datasetId, List<SourceRow> rows) {
		return Rows.insertNumbered(this.jdbcTemplate, """
				insert into source (dataset_id, num, uid, title, outlet, url, author, published, published_at,
				  retrieved_at, content_hash, format, file_name, raw_text, clean_text, clean_length)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
				row -> new Object[] { datasetId, row.num(), row.uid(), row.title(), row.outlet(), row.url(),
						row.author(), row.published(), row.publishedAt(), row.retrievedAt(), row.contentHash(),
						row.format(), row.fileName(), row.rawText(), row.cleanText(), row.cleanText().length() },
				SourceRow::num, nums -> sourceKeys(datasetId, nums));
	}

	private SourceSummary summaryOrThrow(DatasetRef ref, int id) {
		SourceSummary summary = summary(ref.id(), id);
		if (summary == null) {
			throw notFound(ref, id);
		}
		return summary;
	}

	private SourceSummary summary(long datasetId, int num) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + " from source where dataset_id = ? and num = ?")
			.params(datasetId, num)
			.query(SourceService::mapSummary)
			.optional()
			.orElse(null);
	}

	private static CrosscheckException notFound(DatasetRef ref, int id) {
		return CrosscheckException.notFound("no source " + id + " in dataset " + ref.name(), Remedy.listIds("source"));
	}

	private static SourceSummary mapSummary(ResultSet rs, int row) throws SQLException {
		Instant retrieved = rs.getObject("retrieved_at", OffsetDateTime.class).toInstant();
		return new SourceSummary(rs.getInt("num"), rs.getString("title"), rs.getString("outlet"), rs.getString("url"),
				rs.getString("author"), rs.getString("published"), retrieved.toString(),
				rs.getString("content_hash").strip(), rs.getInt("length"));
	}

	private static List<Path> expand(List<Path> paths) {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile)
						.filter(file -> !isHidden(path, file))
						.sorted()
						.forEach(files::add);
				}
				catch (IOException ex) {
					throw CrosscheckException.io("cannot read the folder " + path + ": " + ex.getMessage(), ex);
				}
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				throw CrosscheckException.notFound("no file or folder " + path
						+ "; check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")");
			}
		}
		return files;
	}

	private static boolean isHidden(Path root, Path file) {
		for (Path part : root.relativize(file)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A title for a document that states none: its first sentence, shortened at a word to
	 * about a headline's length, so listings say what each source is about.
	 */
	static String leadTitle(String text) {
		List<org.crosscheck.text.Sentences.Sentence> sentences = org.crosscheck.text.Sentences
			.split(text.length() > 2000 ? text.substring(0, 2000) : text);
		if (sentences.isEmpty()) {
			return null;
		}
		String lead = sentences.get(0).text();
		if (lead.length() <= LEAD_TITLE) {
			return lead;
		}
		int cut = lead.lastIndexOf(' ', LEAD_TITLE);
		return lead.substring(0, cut > 40 ? cut : LEAD_TITLE).replaceAll("[,;:]$", "") + "…";
	}

	private static final int LEAD_TITLE = 90;

	private static String first(String given, String found) {
		return given != null && !given.isBlank() ? given.strip() : found;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
