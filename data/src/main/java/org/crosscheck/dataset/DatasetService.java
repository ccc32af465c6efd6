package org.crosscheck.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and selects datasets; resolves dataset names for the other features. */
@Service
public class DatasetService {

	/** The dataset a new home opens on. */
	public static final String DEMO = "demo";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private static final String CURRENT = "current_dataset";

	private final JdbcClient jdbc;

	private final Revisions revisions;

	/**
	 * Asked when the list is made: the feature that owns the sources needs this service
	 * itself.
	 */
	private final ObjectProvider<SourceCounts> sourceCounts;

	DatasetService(JdbcClient jdbc, Revisions revisions, ObjectProvider<SourceCounts> sourceCounts) {
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.sourceCounts = sourceCounts;
	}

	/**
	 * Whether a database, possibly before its migrations, already holds a dataset: asked
	 * before the schema is prepared, when no service exists yet.
	 * @param connection a connection to the database
	 * @return true if the dataset table exists and has a row
	 * @throws SQLException if the database cannot be read
	 */
	public static boolean holdsADataset(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet table = statement.executeQuery("select count(*) from information_schema.tables"
						+ " where table_schema = 'PUBLIC' and table_name = 'DATASET'")) {
			table.next();
			if (table.getInt(1) == 0) {
				return false;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from dataset")) {
			rows.next();
			return rows.getInt(1) > 0;
		}
	}

	@Transactional(readOnly = true)
	public List<DatasetSummary> listDatasets() {
		String current = currentDataset();
		SourceCounts counts = this.sourceCounts.getIfAvailable();
		Map<Long, Integer> sources = counts == null ? Map.of() : counts.sourcesPerDataset();
		return this.jdbc.sql("select id, name, revision from dataset order by name")
			.query((rs, row) -> new DatasetSummary(rs.getString("name"), sources.getOrDefault(rs.getLong("id"), 0),
					rs.getLong("revision"), rs.getString("name").equals(current)))
			.list();
	}

	/**
	 * The name of the home's current dataset (the demo dataset until another is chosen).
	 */
	@Transactional(readOnly = true)
	public String currentDataset() {
		return this.jdbc.sql("select setting_value from setting where name = ?")
			.param(CURRENT)
			.query(String.class)
			.optional()
			.orElse(DEMO);
	}

	@Transactional
	public DatasetSummary createDataset(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw CrosscheckException.invalid("'" + name
					+ "' is not a valid dataset name: use letters, digits, '.', '_' or '-' (up to 100), starting with a letter or digit");
		}
		if (find(name) != null) {
			throw CrosscheckException.conflict("dataset " + name + " exists already", Remedy.openDataset(name));
		}
		this.jdbc.sql("insert into dataset (name, created_at, revision) values (?, ?, 0)")
			.params(name, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return new DatasetSummary(name, 0, 0, name.equals(currentDataset()));
	}

	/**
	 * Creates the first dataset of an empty home, makes it current and fills it, all or
	 * nothing: {@code fill} runs in the same transaction, so that a start killed halfway
	 * (or a failing step) leaves an empty home again, never a half-built dataset. Empty
	 * when the home has a dataset already; then nothing is done.
	 */
	@Transactional
	public <T> Optional<T> createFirstDataset(String name, Supplier<T> fill) {
		if (!listDatasets().isEmpty()) {
			return Optional.empty();
		}
		createDataset(name);
		useDataset(name);
		return Optional.of(fill.get());
	}

	/** Makes {@code name} the current dataset of the home. */
	@Transactional
	public DatasetSummary useDataset(String name) {
		DatasetRef ref = require(name);
		int updated = this.jdbc.sql("update setting set setting_value = ? where name = ?")
			.params(ref.name(), CURRENT)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into setting (name, setting_value) values (?, ?)")
				.params(CURRENT, ref.name())
				.update();
		}
		return listDatasets().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
	}

	/** Whether the dataset exists. */
	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return find(name) != null;
	}

	/** The dataset's change counter; cheap enough to poll. */
	@Transactional(readOnly = true)
	public long revision(String name) {
		return this.revisions.current(require(name).id());
	}

	/** Resolves a dataset by name or says how to find the right one. */
	public DatasetRef require(String name) {
		DatasetRef ref = find(name);
		if (ref == null) {
			throw CrosscheckException.notFound("no dataset " + name, Remedy.createDataset(name));
		}
		return ref;
	}

	private DatasetRef find(String name) {
		return this.jdbc.sql("select id, name from dataset where name = ?")
			.param(name)
			.query((rs, row) -> new DatasetRef(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(null);
	}

}
