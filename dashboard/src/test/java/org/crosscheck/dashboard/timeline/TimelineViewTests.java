package org.crosscheck.dashboard.timeline;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crosscheck.ledger.EventInput;
import org.crosscheck.ledger.EventView;
import org.crosscheck.ledger.Evidence;
import org.crosscheck.dashboard.StoryViewTest;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.source.SourcesView;
import org.crosscheck.story.StoryService;
import org.crosscheck.timeline.Timeline;
import org.crosscheck.timeline.TimelineItem;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewTests extends StoryViewTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long DAY = 86_400_000L;

	@org.springframework.beans.factory.annotation.Autowired
	StoryService stories;

	@Test
	void resolvedEventsAreDrawnOverTheTimeTheirDateCoversOneRowPerSource() {
		List<EventView> events = this.claims.listEvents(dataset());
		navigate(TimelineView.class);

		JsonNode option = option();
		JsonNode spans = series(option, "Months and intervals").get("data");
		JsonNode days = series(option, "Days").get("data");
		JsonNode years = series(option, "Years").get("data");
		long placed = events.stream().filter(TimelineView::placed).count();
		assertThat(spans.size() + days.size() + years.size()).isEqualTo(placed).isPositive();
		List<String> rows = option.get("yAxis").get("data").valueStream().map(JsonNode::asString).toList();
		// A labelled row per source; the unlabelled lanes below it hold events that
		// overlap in time.
		assertThat(rows.stream().filter(row -> !row.replaceAll("[\u200B\u200C]", "").isEmpty()))
			.allMatch(row -> row.startsWith("#1 ") || row.startsWith("#2 ") || row.equals(TimelineView.NO_SOURCE))
			.anyMatch(row -> row.startsWith("#1 "));
		assertThat(rows).doesNotHaveDuplicates();
		// A month-precision event spans its whole month.
		EventView month = events.stream()
			.filter(event -> TimelineView.placed(event) && "MONTH".equals(event.precision()))
			.findFirst()
			.orElseThrow();
		JsonNode drawn = spans.valueStream()
			.filter(item -> item.get("id").asString().equals(String.valueOf(month.id())))
			.findFirst()
			.orElseThrow();
		long from = drawn.get("coords").get(0).get(0).asLong();
		long to = drawn.get("coords").get(1).get(0).asLong();
		LocalDate first = LocalDate.parse(month.start());
		assertThat(to - from).isEqualTo(first.lengthOfMonth() * DAY);
		assertThat(drawn.get("tooltip").get("formatter").asString()).contains("(month").contains("source");
	}

	@Test
	void aDayIsAShortBarAndAnUnresolvedEventIsListedBesideNotPlaced() {
		this.claims.addEvent(dataset(), new EventInput(LocalDate.of(2026, 2, 18), null, "DAY", null, "on Wednesday",
				"Statement <script>alert(8)</script> published", List.of(), List.of()));
		this.claims.addEvent(dataset(),
				new EventInput(null, null, null, null, "some day", "An event nobody could date", List.of(), List.of()));
		navigate(TimelineView.class);

		JsonNode days = series(option(), "Days").get("data");
		assertThat(days.valueStream().map(day -> day.get("tooltip").get("formatter").asString())).anyMatch(text -> text
			.startsWith("Statement <script>alert(8)</script> published\n2026-02-18 (day; on Wednesday)"));
		@SuppressWarnings("unchecked")
		Grid<EventView> undated = $(Grid.class).withTestId("undated-events").single();
		assertThat(column(undated, 0)).contains("An event nobody could date");
		assertThat(option().toString()).doesNotContain("An event nobody could date");
	}

	@Test
	void clickOnAnEventOpensItsEvidenceInTheReader() {
		EventView withEvidence = this.claims.listEvents(dataset())
			.stream()
			.filter(event -> TimelineView.placed(event) && !event.evidence().isEmpty())
			.findFirst()
			.orElseThrow();
		navigate(TimelineView.class);
		EChart chart = $(EChart.class).withTestId("timeline-chart").single();

		ComponentUtil.fireEvent(chart, new EChart.ItemClickEvent(chart, true, String.valueOf(withEvidence.id())));

		assertThat(getCurrentView()).isInstanceOf(SourcesView.class);
		String focused = $(com.vaadin.flow.component.html.Span.class).all()
			.stream()
			.filter(span -> span.getClassNames().contains(SourcesView.FOCUS_CLASS))
			.map(span -> span.getElement().getText())
			.reduce("", String::concat);
		assertThat(focused).isEqualTo(withEvidence.evidence().get(0).exact());
	}

	@Test
	void anEventTheConsoleAddsAppearsOnPoll() {
		navigate(TimelineView.class);
		String before = option().toString();

		this.claims.addEvent(dataset(), new EventInput(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), "YEAR",
				null, "in 2030", "A year far ahead", List.of(), List.of()));
		poll();

		assertThat(option().toString()).isNotEqualTo(before).contains("A year far ahead");
	}

	@Test
	void everyPlacedEventCarriesItsShortLabelAndAMarkerPerSourceOfItsEvidence() {
		List<EventView> placed = this.claims.listEvents(dataset()).stream().filter(TimelineView::placed).toList();
		navigate(TimelineView.class);

		JsonNode option = option();
		JsonNode labels = series(option, TimelineView.LABELS);
		assertThat(labels.get("label").get("show").asBoolean()).isTrue();
		assertThat(labels.get("label").get("formatter").asString()).isEqualTo("{b}");
		assertThat(labels.get("labelLayout").get("hideOverlap").asBoolean()).isTrue();
		assertThat(labels.get("data")).hasSize(placed.size());
		for (EventView event : placed) {
			JsonNode label = labels.get("data")
				.valueStream()
				.filter(item -> item.get("id").asString().equals(String.valueOf(event.id())))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no label for event " + event.id()));
			// The label stands beside its bar (a day: its diamond), in the bar's lane:
			// after its end, or before its
			// start near the chart's right edge.
			JsonNode bar = item(option, String.valueOf(event.id()));
			JsonNode start = bar.has("coords") ? bar.get("coords").get(0) : bar.get("value");
			JsonNode end = bar.has("coords") ? bar.get("coords").get(1) : bar.get("value");
			boolean left = label.has("label") && "left".equals(label.get("label").path("position").asString());
			assertThat(label.get("value").get(0).asLong()).isEqualTo((left ? start : end).get(0).asLong());
			assertThat(label.get("value").get(1).asInt()).isEqualTo(end.get(1).asInt());
			assertThat(label.get("name").asString()).as("label of event %s", event.id())
				.isEqualTo(event.label())
				.isNotBlank()
				.hasSizeLessThanOrEqualTo(org.crosscheck.ledger.internal.EventLabel.MAX_LENGTH);
			JsonNode markers = series(option, "Sources").get("data");
			assertThat(markers.valueStream()
				.filter(marker -> marker.get("id").asString().startsWith(event.id() + "@"))
				.map(marker -> marker.get("value").get(2).asInt())).containsExactlyInAnyOrderElementsOf(
						event.evidence().stream().map(e -> e.source()).distinct().toList());
		}
		// The demo's contracts of 2021 and 2022 are labelled by who got what, not by a
		// cut-off sentence.
		assertThat(placed.stream().map(EventView::label)).contains("AT&T secured a $90.7 million contract",
				"Palantir was awarded a $139.3 million contract");
	}

	@Test
	void theBarsFormSaysThePrecisionAndUnresolvedEventsAreCountedApart() {
		EventView year = this.claims.addEvent(dataset(),
				new EventInput(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "YEAR", null, "in 2024",
						"A year-long programme ran", List.of(), List.of()));
		EventView day = this.claims.addEvent(dataset(), new EventInput(LocalDate.of(2024, 3, 5), null, "DAY", null,
				"on 5 March", "Hearing held", List.of(), List.of()));
		this.claims.addEvent(dataset(),
				new EventInput(null, null, null, null, "one day", "Undated meeting", List.of(), List.of()));
		navigate(TimelineView.class);

		JsonNode option = option();
		assertThat(series(option, "Years").get("data").valueStream().map(item -> item.get("id").asString()))
			.contains(String.valueOf(year.id()));
		assertThat(series(option, "Days").get("data").valueStream().map(item -> item.get("id").asString()))
			.contains(String.valueOf(day.id()));
		assertThat(alpha(item(option, String.valueOf(year.id()))))
			.isLessThan(alpha(series(option, "Months and intervals").get("data").get(0)));
		assertThat(series(option, "Days").get("symbol").asString()).isEqualTo("diamond");
		long notPlaced = this.claims.listEvents(dataset())
			.stream()
			.filter(event -> !TimelineView.placed(event))
			.count();
		com.vaadin.flow.component.html.Span badge = $(com.vaadin.flow.component.html.Span.class)
			.withTestId("not-placed-count")
			.single();
		assertThat(badge.isVisible()).isTrue();
		assertThat(badge.getText()).startsWith(notPlaced + " not placed");
		assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withTestId("not-placed")
			.single()
			.isVisible()).isTrue();
	}

	@Test
	void twoHundredEventsStayReadableInLanesThatNeverOverlapWithZoomAndScrolling() {
		List<EventView> many = new java.util.ArrayList<>();
		for (int k = 0; k < 200; k++) {
			LocalDate start = LocalDate.of(2024, 1, 1).plusDays(k * 4L);
			String precision = k % 3 == 0 ? "DAY" : k % 3 == 1 ? "MONTH" : "YEAR";
			LocalDate end = switch (precision) {
				case "DAY" -> start;
				case "MONTH" -> start.withDayOfMonth(start.lengthOfMonth());
				default -> start.withDayOfYear(start.lengthOfYear());
			};
			many.add(new EventView(1000 + k, "u" + k, start.toString(), end.toString(), precision, "RESOLVED", null,
					"Event number " + k + " happened", "Event number " + k + " happened", List.of(),
					List.of(new org.crosscheck.ledger.Evidence(k, 1 + k % 2, "words", 0, 5))));
		}
		JsonNode option = JSON.readTree(TimelineView.chartOption(many, java.util.Map.of(1, "#1 One", 2, "#2 Two")));

		List<JsonNode> items = new java.util.ArrayList<>();
		for (String name : List.of("Months and intervals", "Years", "Days")) {
			series(option, name).get("data").forEach(items::add);
		}
		assertThat(items).hasSize(200).allMatch(item -> item.get("name").asString().startsWith("Event number "));
		assertThat(series(option, TimelineView.LABELS).get("data")).hasSize(200);
		// No two bars of one lane cover the same time.
		java.util.Map<Integer, List<long[]>> byRow = new java.util.HashMap<>();
		for (JsonNode item : items) {
			long[] span = item.has("coords")
					? new long[] { item.get("coords").get(0).get(0).asLong(),
							item.get("coords").get(1).get(0).asLong() }
					: new long[] { item.get("value").get(0).asLong(), item.get("value").get(0).asLong() };
			int row = item.has("coords") ? item.get("coords").get(0).get(1).asInt() : item.get("value").get(1).asInt();
			byRow.computeIfAbsent(row, key -> new java.util.ArrayList<>()).add(span);
		}
		byRow.values().forEach(spans -> {
			spans.sort(java.util.Comparator.comparingLong(span -> span[0]));
			for (int k = 1; k < spans.size(); k++) {
				assertThat(spans.get(k)[0]).isGreaterThan(spans.get(k - 1)[1]);
			}
		});
		List<JsonNode> zoom = option.get("dataZoom").valueStream().toList();
		assertThat(zoom).anyMatch(z -> z.has("xAxisIndex") && "slider".equals(z.get("type").asString()));
		int rows = option.get("yAxis").get("data").size();
		// Lanes with room for every label: more than fit at once, so they scroll.
		assertThat(rows).isGreaterThan(TimelineView.MAX_ROWS).isLessThanOrEqualTo(200);
		assertThat(zoom).anyMatch(z -> z.has("yAxisIndex") && "slider".equals(z.get("type").asString()));
	}

	/** The alpha of a bar's colour, {@code rgba(r,g,b,alpha)}. */
	private static double alpha(JsonNode bar) {
		String colour = bar.get("lineStyle").get("color").asString();
		assertThat(colour).startsWith("rgba(");
		return Double.parseDouble(colour.substring(colour.lastIndexOf(',') + 1, colour.length() - 1));
	}

	@Test
	void aHappeningTwoSourcesTellIsOneBarWithBothMarkersAndMarkedWhenTheirDaysDisagree() {
		EventView monday = new EventView(4, "u4", "2026-03-09", "2026-03-09", "DAY", "RESOLVED", "on Monday",
				"The bridge was closed to all traffic on Monday.", "The bridge was closed to all traffic", List.of(),
				List.of(new Evidence(7, 1, "The bridge was closed to all traffic on Monday.", 0, 48)));
		EventView sunday = new EventView(9, "u9", "2026-03-08", "2026-03-08", "DAY", "RESOLVED", "on Sunday",
				"The agency shut the crossing on Sunday.", "The agency shut the crossing", List.of(),
				List.of(new Evidence(12, 2, "The agency shut the crossing on Sunday.", 0, 39)));
		Timeline timeline = new Timeline(
				List.of(new TimelineItem(monday, List.of(monday, sunday), List.of(1, 2), 1, true)), 2, true, List.of());

		EventView drawn = TimelineView.asEvent(timeline.items().get(0));
		JsonNode option = JSON.readTree(TimelineView.chartOption(List.of(drawn),
				java.util.Map.of(1, "#1 One", 2, "#2 Two"), TimelineView.disagreements(timeline)));

		assertThat(series(option, "Sources").get("data").valueStream().map(marker -> marker.get("id").asString()))
			.containsExactly("4@1", "4@2");
		assertThat(series(option, "Days").get("data")).hasSize(1);
		JsonNode label = series(option, TimelineView.LABELS).get("data").get(0);
		assertThat(label.get("name").asString())
			.isEqualTo(TimelineView.DISAGREE_MARK + " The bridge was closed to all traffic");
		assertThat(label.get("tooltip").get("formatter").asString())
			.contains("Dates disagree: 2026-03-09 (source 1) · 2026-03-08 (source 2)");
		assertThat(TimelineView.countText(timeline)).isEqualTo("1 happening from 2 events");
	}

	@Test
	void theStoryFilterShowsOnlyTheHappeningsOfThatStorysSources() {
		int story = this.stories.move(dataset(), 2, StoryService.NEW).id();
		navigate(TimelineView.class);
		@SuppressWarnings("unchecked")
		com.vaadin.flow.component.combobox.ComboBox<Integer> filter = $(
				com.vaadin.flow.component.combobox.ComboBox.class)
			.withTestId("story-filter")
			.single();

		filter.setValue(story);

		JsonNode markers = series(option(), "Sources").get("data");
		assertThat(markers.valueStream().map(marker -> marker.get("value").get(2).asInt())).isNotEmpty()
			.containsOnly(2);
		filter.clear();
		assertThat(
				series(option(), "Sources").get("data").valueStream().map(marker -> marker.get("value").get(2).asInt()))
			.contains(1, 2);
	}

	private static JsonNode series(JsonNode option, String name) {
		return option.get("series")
			.valueStream()
			.filter(series -> name.equals(series.get("name").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no series " + name));
	}

	private static JsonNode item(JsonNode option, String id) {
		return option.get("series")
			.valueStream()
			.filter(series -> !List.of("Sources", TimelineView.LABELS).contains(series.get("name").asString()))
			.flatMap(series -> series.get("data").valueStream())
			.filter(item -> id.equals(item.get("id").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no item " + id));
	}

	private JsonNode option() {
		return JSON.readTree($(EChart.class).withTestId("timeline-chart").single().getOption());
	}

}
