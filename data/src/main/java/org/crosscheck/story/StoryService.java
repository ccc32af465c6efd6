package org.crosscheck.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.source.SourceKey;
import org.crosscheck.source.SourceService;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a dataset's stories: the check forms them ({@link #replaceStories}), a person
 * corrects them ({@link #move}), and a correction is a pin that the next check honours.
 * Story numbers stay what they were from one check to the next as long as a story keeps
 * most of its sources.
 */
@Service
public class StoryService {

	/** What {@link #move} takes for "a story of its own". */
	public static final String NEW = "new";

	private static final int LABEL_LENGTH = 80;

	private final JdbcClient jdbc;

	private final DatasetService datasets;

	private final Numbers numbers;

	private final Revisions revisions;

	private final JdbcTemplate jdbcTemplate;

	private final SourceService sources;

	StoryService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, DatasetService datasets, Numbers numbers,
			Revisions revisions, SourceService sources) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.jdbcTemplate = jdbcTemplate;
		this.datasets = datasets;
		this.numbers = numbers;
		this.revisions = revisions;
	}

	/** The stories of the dataset, by number. */
	@Transactional(readOnly = true)
	public List<StorySummary> listStories(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.DISCREPANCIES);
		record Row(int story, String label, int source, String published, boolean pinned) {
		}
		Map<Long, SourceKey> sources = sourcesByKey(ref);
		List<Row> rows = new ArrayList<>(this.jdbc.sql("""
				select st.num, st.label, ss.source_id, ss.pinned from story st
				join story_source ss on ss.story_id = st.id where st.dataset_id = ?""")
			.param(ref.id())
			.query((rs, row) -> {
				SourceKey source = sources.get(rs.getLong(3));
				return new Row(rs.getInt(1), rs.getString(2), source.num(), source.published(), rs.getBoolean(4));
			})
			.list());
		rows.sort(Comparator.comparingInt(Row::story).thenComparingInt(Row::source));
		Map<Integer, List<Row>> byStory = new LinkedHashMap<>();
		rows.forEach(row -> byStory.computeIfAbsent(row.story(), k -> new ArrayList<>()).add(row));
		List<StorySummary> stories = new ArrayList<>();
		byStory.forEach((num, members) -> {
			List<String> dates = members.stream()
				.map(Row::published)
				.filter(p -> p != null && p.length() >= 10)
				.map(p -> p.substring(0, 10))
				.sorted()
				.toList();
			stories.add(new StorySummary(num, members.getFirst().label(), members.stream().map(Row::source).toList(),
					dates.isEmpty() ? null : dates.getFirst(), dates.isEmpty() ? null : dates.getLast(),
					(int) members.stream().filter(Row::pinned).count()));
		});
		return stories;
	}

	/** One story. */
	@Transactional(readOnly = true)
	public StorySummary show(String dataset, int id) {
		return listStories(dataset).stream()
			.filter(story -> story.id() == id)
			.findFirst()
			.orElseThrow(() -> CrosscheckException
				.notFound("no story " + id + " in dataset " + dataset + "; the story list shows the ids"));
	}

	/** The story of each source that has one (source number to story number). */
	@Transactional(readOnly = true)
	public Map<Integer, Integer> storiesOfSources(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		ReadTracker.reads(Area.DISCREPANCIES);
		Map<Integer, Integer> stories = new HashMap<>();
		members(ref, false).forEach(member -> stories.put(member.source(), member.story()));
		return stories;
	}

	/**
	 * The sources a person put into a story by hand, source number to a key shared by the
	 * sources of one story: what the check must keep together, and apart from the rest.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, String> pins(String dataset) {
		DatasetRef ref = this.datasets.require(dataset);
		Map<Integer, String> pins = new HashMap<>();
		members(ref, true).forEach(member -> pins.put(member.source(), "story " + member.story()));
		return pins;
	}

	/**
	 * Moves a source into story {@code target} (a story number, or {@link #NEW} for a
	 * story of its own) and pins it there, with the story's other sources: the check
	 * keeps them together from now on.
	 */
	@Transactional
	public StorySummary move(String dataset, int source, String target) {
		DatasetRef ref = this.datasets.require(dataset);
		Long sourceKey = this.sources.sourceKey(ref.id(), source)
			.orElseThrow(() -> CrosscheckException.notFound("no source " + source + " in dataset " + ref.name()));
		String wanted = target == null ? "" : target.strip();
		long storyKey;
		int storyNum;
		if (NEW.equalsIgnoreCase(wanted)) {
			storyNum = this.numbers.next(ref.id(), "story");
			storyKey = insertStory(ref, storyNum, label(sourceKey));
		}
		else {
			try {
				storyNum = Integer.parseInt(wanted);
			}
			catch (NumberFormatException ex) {
				throw CrosscheckException.invalid("'" + target + "' is not a story; give a story number or 'new'");
			}
			int number = storyNum;
			storyKey = this.jdbc.sql("select id from story where dataset_id = ? and num = ?")
				.params(ref.id(), storyNum)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> CrosscheckException.notFound("no story " + number + " in dataset " + ref.name()));
		}
		Long previous = this.jdbc.sql("select story_id from story_source where source_id = ?")
			.param(sourceKey)
			.query(Long.class)
			.optional()
			.orElse(null);
		// Putting a source with a story's sources confirms them too: they stay together
		// from now on.
		this.jdbc.sql("update story_source set pinned = true where story_id = ?").param(storyKey).update();
		this.jdbc.sql("delete from story_source where source_id = ?").param(sourceKey).update();
		this.jdbc.sql("insert into story_source (source_id, story_id, pinned) values (?, ?, true)")
			.params(sourceKey, storyKey)
			.update();
		if (previous != null && previous != storyKey) {
			dropIfEmpty(previous);
		}
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
		return show(dataset, storyNum);
	}

	/**
	 * Replaces the dataset's stories with {@code groups} (source numbers per story), as a
	 * full check formed them. Each group takes the number of the old story that most of
	 * its sources were in (pinned stories first), so that the numbers people have seen
	 * stay; the others get new numbers. Runs in the caller's transaction.
	 */
	@Transactional
	public void replaceStories(String dataset, List<List<Integer>> groups) {
		DatasetRef ref = this.datasets.require(dataset);
		Map<Integer, Integer> before = new HashMap<>();
		Map<Integer, Boolean> pinned = new HashMap<>();
		for (Member member : members(ref, false)) {
			before.put(member.source(), member.story());
			pinned.put(member.source(), member.pinned());
		}
		Set<Integer> taken = new HashSet<>();
		// Groups with pinned sources keep their pinned story's number; then the largest
		// groups choose first.
		List<Integer> order = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			order.add(g);
		}
		order.sort((x, y) -> {
			boolean px = groups.get(x).stream().anyMatch(s -> pinned.getOrDefault(s, false));
			boolean py = groups.get(y).stream().anyMatch(s -> pinned.getOrDefault(s, false));
			return px != py ? (px ? -1 : 1) : Integer.compare(groups.get(y).size(), groups.get(x).size());
		});
		Integer[] assigned = new Integer[groups.size()];
		for (int g : order) {
			Map<Integer, Integer> votes = new HashMap<>();
			for (int source : groups.get(g)) {
				Integer old = before.get(source);
				if (old != null && !taken.contains(old)) {
					votes.merge(old, pinned.getOrDefault(source, false) ? 1_000 : 1, Integer::sum);
				}
			}
			Integer best = votes.entrySet()
				.stream()
				.filter(e -> e.getValue() * 2 > groups.get(g).size() || e.getValue() >= 1_000)
				.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey)
				.orElse(null);
			if (best != null) {
				taken.add(best);
				assigned[g] = best;
			}
		}
		this.jdbc.sql("delete from story where dataset_id = ?").param(ref.id()).update();
		Map<Integer, SourceKey> sourceKeys = new HashMap<>();
		this.sources.sourceKeys(ref.id()).forEach(source -> sourceKeys.put(source.num(), source));
		List<Object[]> members = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			List<Integer> group = groups.get(g).stream().filter(sourceKeys::containsKey).toList();
			if (group.isEmpty()) {
				continue;
			}
			int number = assigned[g] != null ? assigned[g] : this.numbers.next(ref.id(), "story");
			long storyKey = insertStory(ref, number,
					label(earliest(group.stream().map(sourceKeys::get).toList()).key()));
			for (int source : group) {
				boolean stays = pinned.getOrDefault(source, false)
						&& Integer.valueOf(number).equals(before.get(source));
				members.add(new Object[] { sourceKeys.get(source).key(), storyKey, stays });
			}
		}
		this.jdbcTemplate.batchUpdate("insert into story_source (source_id, story_id, pinned) values (?, ?, ?)",
				members);
		this.revisions.changed(ref.id(), Area.DISCREPANCIES);
	}

	/**
	 * The source of {@code group} published first (undated ones last, then by number).
	 */
	private static SourceKey earliest(List<SourceKey> group) {
		return group.stream()
			.min(Comparator.comparing(SourceKey::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
				.thenComparingInt(SourceKey::num))
			.orElseThrow();
	}

	/** A source's place in a story, by numbers. */
	private record Member(int source, int story, boolean pinned) {
	}

	/**
	 * Where each source of the dataset that has a story is (only the pinned ones when
	 * {@code pinnedOnly}).
	 */
	private List<Member> members(DatasetRef ref, boolean pinnedOnly) {
		Map<Long, SourceKey> sources = sourcesByKey(ref);
		return this.jdbc
			.sql("select ss.source_id, st.num, ss.pinned from story_source ss join story st on st.id = ss.story_id"
					+ " where st.dataset_id = ?" + (pinnedOnly ? " and ss.pinned" : ""))
			.param(ref.id())
			.query((rs, row) -> new Member(sources.get(rs.getLong(1)).num(), rs.getInt(2), rs.getBoolean(3)))
			.list();
	}

	private Map<Long, SourceKey> sourcesByKey(DatasetRef ref) {
		Map<Long, SourceKey> sources = new HashMap<>();
		this.sources.sourceKeys(ref.id()).forEach(source -> sources.put(source.key(), source));
		return sources;
	}

	private long insertStory(DatasetRef ref, int number, String label) {
		this.jdbc.sql("insert into story (dataset_id, num, label) values (?, ?, ?)")
			.params(ref.id(), number, label)
			.update();
		return this.jdbc.sql("select id from story where dataset_id = ? and num = ?")
			.params(ref.id(), number)
			.query(Long.class)
			.single();
	}

	/** A story's label: its source's headline, or the beginning of its text. */
	private String label(long sourceKey) {
		String label = this.sources.label(sourceKey);
		label = label == null ? "" : label.strip().replaceAll("\\s+", " ");
		return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1) + "…";
	}

	private void dropIfEmpty(long storyKey) {
		this.jdbc.sql("delete from story where id = ? and not exists (select 1 from story_source where story_id = ?)")
			.params(storyKey, storyKey)
			.update();
	}

}
