package org.crosscheck.dataset;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The change counters of datasets. Every write transaction calls {@link #changed}, which
 * raises the dataset's revision and stamps the areas it touched; readers (the dashboard's
 * poll, the notebook's staleness) compare revisions instead of data.
 */
@Component
public class Revisions {

	private final JdbcClient jdbc;

	Revisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Raises the dataset's revision; call inside the transaction that made the change.
	 */
	public long changed(long datasetId, Area... areas) {
		// The update also locks the dataset row, so concurrent writers get distinct
		// revisions.
		this.jdbc.sql("update dataset set revision = revision + 1 where id = ?").param(datasetId).update();
		long revision = current(datasetId);
		for (Area area : areas) {
			int updated = this.jdbc.sql("update area_revision set revision = ? where dataset_id = ? and area = ?")
				.params(revision, datasetId, area.key())
				.update();
			if (updated == 0) {
				this.jdbc.sql("insert into area_revision (dataset_id, area, revision) values (?, ?, ?)")
					.params(datasetId, area.key(), revision)
					.update();
			}
		}
		return revision;
	}

	public long current(long datasetId) {
		return this.jdbc.sql("select revision from dataset where id = ?").param(datasetId).query(Long.class).single();
	}

	/** The revision at which each area last changed. */
	public Map<Area, Long> areas(long datasetId) {
		Map<Area, Long> result = new EnumMap<>(Area.class);
		this.jdbc.sql("select area, revision from area_revision where dataset_id = ?")
			.param(datasetId)
			.query((rs, row) -> {
				result.put(Area.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), rs.getLong(2));
				return null;
			})
			.list();
		return result;
	}

	/** Whether any of the areas changed after the given revision. */
	public static boolean changedSince(Map<Area, Long> areaRevisions, Collection<Area> areas, long revision) {
		for (Area area : areas) {
			Long changed = areaRevisions.get(area);
			if (changed != null && changed > revision) {
				return true;
			}
		}
		return false;
	}

}
