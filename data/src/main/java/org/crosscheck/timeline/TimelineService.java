package org.crosscheck.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crosscheck.ledger.ClaimService;
import org.crosscheck.ledger.EventView;
import org.crosscheck.story.StoryService;
import org.crosscheck.text.SentenceEmbeddings;
import org.crosscheck.timeline.internal.EventMatcher;

/**
 * The timeline of a dataset across its sources: the events that sources of one story
 * report of the same happening become one item with all its sources, marked when their
 * dates disagree. It is worked out from the events and the stories each time it is asked
 * for, so it is never stale; the meaning of descriptions is computed once per process.
 */
@Service
public class TimelineService {

	/**
	 * At most this many descriptions go to the sentence model for one timeline (about 2 s
	 * on two cores).
	 */
	static final int EMBED_LIMIT = 1_000;

	/** Vectors kept between timelines: 384 bytes each. */
	private static final int CACHED_VECTORS = 20_000;

	private final ClaimService claims;

	private final StoryService stories;

	private final Map<String, byte[]> vectors = new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > CACHED_VECTORS;
		}

	};

	TimelineService(ClaimService claims, StoryService stories) {
		this.claims = claims;
		this.stories = stories;
	}

	/**
	 * The dataset's timeline: its happenings in time order, those without a resolved date
	 * last.
	 */
	@Transactional(readOnly = true)
	public Timeline timeline(String dataset) {
		return timeline(dataset, null);
	}

	/**
	 * The timeline of one story of the dataset (every story when {@code story} is null):
	 * the happenings its sources tell, and the events of its sources only.
	 */
	@Transactional(readOnly = true)
	public Timeline timeline(String dataset, Integer story) {
		if (story != null) {
			this.stories.show(dataset, story);
		}
		List<EventView> all = this.claims.listEvents(dataset);
		Map<Integer, Integer> storyOfSource = all.isEmpty() ? Map.of() : this.stories.storiesOfSources(dataset);
		List<EventView> events = story == null ? all
				: all.stream()
					.filter(event -> event.source() != null && story.equals(storyOfSource.get(event.source())))
					.toList();
		EventMatcher matcher = new EventMatcher(EMBED_LIMIT, this::embed);
		List<TimelineItem> items = matcher.items(events, storyOfSource);
		return new Timeline(items, events.size(), !storyOfSource.isEmpty(), matcher.notes());
	}

	/**
	 * The vectors of {@code texts}, from the cache where this process computed them
	 * before.
	 */
	private byte[][] embed(List<String> texts) {
		byte[][] result = new byte[texts.size()][];
		List<String> missing = new ArrayList<>();
		synchronized (this.vectors) {
			for (int i = 0; i < texts.size(); i++) {
				result[i] = this.vectors.get(texts.get(i));
				if (result[i] == null) {
					missing.add(texts.get(i));
				}
			}
		}
		if (missing.isEmpty()) {
			return result;
		}
		List<String> distinct = missing.stream().distinct().toList();
		byte[][] computed = SentenceEmbeddings.embed(distinct);
		Map<String, byte[]> fresh = new java.util.HashMap<>();
		for (int i = 0; i < distinct.size(); i++) {
			fresh.put(distinct.get(i), computed[i]);
		}
		for (int i = 0; i < texts.size(); i++) {
			if (result[i] == null) {
				result[i] = fresh.get(texts.get(i));
			}
		}
		synchronized (this.vectors) {
			this.vectors.putAll(fresh);
		}
		return result;
	}

}
