package org.crosscheck.timeline.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.crosscheck.ledger.EventView;
import org.crosscheck.ledger.Evidence;
import org.crosscheck.timeline.TimelineItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that join events into items, on events made here; meaning is given by a
 * sentence model stand-in.
 */
class EventMatcherTest {

	/** Every description means the same to it: only the rules around meaning decide. */
	private static final EventMatcher ALIKE = new EventMatcher(100, texts -> {
		byte[][] vectors = new byte[texts.size()][];
		for (int i = 0; i < texts.size(); i++) {
			vectors[i] = new byte[] { 100, 0, 0 };
		}
		return vectors;
	});

	@Test
	void aSourceNeverTellsOneHappeningTwice() {
		List<EventView> events = List.of(event(1, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 1),
				event(2, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 1),
				event(3, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 2));

		List<TimelineItem> items = ALIKE.items(events, Map.of(1, 1, 2, 1));

		assertThat(items).hasSize(2);
		assertThat(items)
			.allMatch(item -> item.events().stream().map(e -> e.evidence().get(0).source()).distinct().count() == item
				.events()
				.size());
	}

	@Test
	void aYearAndAMonthWithinItAgreeTwoMonthsDoNot() {
		EventView year = event(1, "2025-01-01", "2025-12-31", "YEAR", "The port reopened.", 1);
		EventView september = event(2, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 2);
		EventView october = event(3, "2025-10-01", "2025-10-31", "MONTH", "The port reopened.", 3);

		assertThat(EventMatcher.disagree(List.of(year, september))).isFalse();
		assertThat(EventMatcher.disagree(List.of(september, october))).isTrue();
		TimelineItem item = ALIKE.items(List.of(year, september), Map.of(1, 1, 2, 1)).get(0);
		assertThat(item.lead().id()).as("the most precise date places the item").isEqualTo(2);
		assertThat(item.sources()).containsExactly(1, 2);
	}

	@Test
	void eventsOfTwoStoriesOrOfSourcesInNoStoryStayApart() {
		List<EventView> events = List.of(event(1, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 1),
				event(2, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 2),
				event(3, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 3));

		assertThat(ALIKE.items(events, Map.of(1, 1, 2, 2))).hasSize(3);
		assertThat(ALIKE.items(events, Map.of())).hasSize(3);
	}

	@Test
	void beyondItsLimitTheModelIsNotAskedAndANoteSaysSo() {
		EventMatcher matcher = new EventMatcher(1, texts -> {
			throw new AssertionError("the model was asked for " + texts.size() + " vectors");
		});
		List<EventView> events = List.of(event(1, "2025-09-01", "2025-09-30", "MONTH", "The port reopened.", 1),
				event(2, "2025-10-01", "2025-10-31", "MONTH", "Ships came back.", 2));

		assertThat(matcher.items(events, Map.of(1, 1, 2, 1))).hasSize(2);
		assertThat(matcher.notes()).singleElement().asString().contains("words only");
	}

	@Test
	void unresolvedHappeningsComeLast() {
		List<EventView> events = List.of(event(1, null, null, null, "The port will reopen.", 1),
				event(2, "2024-03-01", "2024-03-31", "MONTH", "The port closed.", 1));

		assertThat(ALIKE.items(events, Map.of()).stream().map(item -> item.lead().id())).containsExactly(2, 1);
	}

	private static EventView event(int id, String start, String end, String precision, String description,
			int... sources) {
		return new EventView(id, "uid-" + id, start, end, precision, start == null ? "UNRESOLVED" : "RESOLVED", null,
				description, description, List.of(),
				Arrays.stream(sources)
					.mapToObj(source -> new Evidence(id * 10 + source, source, description, 0, description.length()))
					.toList());
	}

}
