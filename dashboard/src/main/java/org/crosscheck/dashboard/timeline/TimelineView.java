package org.crosscheck.dashboard.timeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.crosscheck.claim.ClaimService;
import org.crosscheck.claim.EventView;
import org.crosscheck.claim.Evidence;
import org.crosscheck.dashboard.base.ui.ChartText;
import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.base.ui.LiveView;
import org.crosscheck.dashboard.source.SourcesView;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;

/**
 * The events of the selected dataset on a time axis, each drawn over the time its date
 * covers (a month spans its month, an interval its interval, a day is a short bar), one row
 * and colour per source. Events whose date is unresolved or ambiguous are listed beside the
 * chart instead of being placed at a guess. Clicking an event opens its evidence.
 */
@Route("timeline")
@PageTitle("Timeline · Crosscheck")
public class TimelineView extends LiveView {

	static final String NO_EVENTS = "No events in this dataset yet. From the console: suggest --all, then "
			+ "suggestion accept --all --kind event (or event add --date 2025-09 --description ...)";

	static final String NO_SOURCE = "(no evidence)";

	/** Colours of the source rows, cycled. */
	private static final String[] PALETTE = { "#1676f3", "#e8590c", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599",
			"#c2255c", "#5c940d", "#364fc7", "#868e96" };

	private static final long DAY_MILLIS = 86_400_000L;

	/** Rows shown at once; more scroll. */
	static final int MAX_ROWS = 14;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ClaimService claims;

	private final SourceService sources;

	private final Span count = new Span();

	private final EChart chart = new EChart();

	private final Span empty = new Span();

	private final Grid<EventView> undated = new Grid<>(EventView.class, false);

	private List<EventView> events = List.of();

	private List<EventView> undatedEvents = List.of();

	public TimelineView(ClaimService claims, SourceService sources, DatasetSelection selection) {
		super(selection);
		this.claims = claims;
		this.sources = sources;

		H2 heading = new H2("Timeline");
		heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
		this.count.getElement().getThemeList().add("badge contrast pill");
		this.count.setTestId("event-count");
		HorizontalLayout title = new HorizontalLayout(heading, this.count);
		title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		this.chart.setTestId("timeline-chart");
		this.chart.setHeight("360px");
		this.chart.addItemClickListener(event -> openEvent(event.getId()));
		this.empty.addClassNames(LumoUtility.TextColor.SECONDARY);
		this.empty.setVisible(false);
		VerticalLayout main = new VerticalLayout(this.empty, this.chart);
		main.setPadding(false);
		// Without a minimum width of 0 the chart's width pushes the side list out of the page.
		main.setMinWidth("0");

		H4 undatedHeading = new H4("Not placed: dates unresolved or ambiguous");
		undatedHeading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
		configureUndated();
		VerticalLayout side = new VerticalLayout(undatedHeading, this.undated);
		side.setPadding(false);
		side.setWidth("24rem");
		side.getStyle().set("flex-shrink", "0");
		side.setHeightFull();
		side.setFlexGrow(1, this.undated);

		HorizontalLayout body = new HorizontalLayout(main, side);
		body.setSizeFull();
		body.setFlexGrow(1, main);
		add(title, body);
		setFlexGrow(1, body);
	}

	private void configureUndated() {
		this.undated.setTestId("undated-events");
		this.undated.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.undated.addColumn(EventView::description).setHeader("Event").setFlexGrow(3);
		this.undated.addColumn(event -> (event.dateText() == null ? "—" : "«" + event.dateText() + "»") + " "
				+ event.status().toLowerCase(java.util.Locale.ROOT)).setHeader("Date").setFlexGrow(2);
		this.undated.setEmptyStateText("Every event has a date.");
		this.undated.setSizeFull();
		this.undated.addItemClickListener(event -> openEvidence(event.getItem()));
	}

	@Override
	protected void refresh() {
		boolean exists = this.selection.exists();
		String dataset = this.selection.dataset();
		List<EventView> latest = exists ? this.claims.listEvents(dataset) : List.of();
		this.count.setText(latest.size() == 1 ? "1 event" : latest.size() + " events");
		if (latest.equals(this.events) && this.chart.getOption() != null) {
			return;
		}
		this.events = latest;
		List<EventView> placed = latest.stream().filter(TimelineView::placed).toList();
		List<EventView> notPlaced = latest.stream().filter(event -> !placed(event)).toList();
		if (!notPlaced.equals(this.undatedEvents)) {
			this.undatedEvents = notPlaced;
			this.undated.setItems(notPlaced);
		}
		this.empty.setText(!exists ? missingDatasetText() : latest.isEmpty() ? NO_EVENTS : "");
		this.empty.setVisible(!exists || latest.isEmpty());
		Map<Integer, String> sourceLabels = exists && !placed.isEmpty() ? sourceLabels(dataset) : Map.of();
		this.chart.setOption(chartOption(placed, sourceLabels));
	}

	/** Whether the event goes on the time axis: a resolved date, not an unresolved or ambiguous one. */
	static boolean placed(EventView event) {
		return event.start() != null && "RESOLVED".equalsIgnoreCase(event.status());
	}

	private Map<Integer, String> sourceLabels(String dataset) {
		Map<Integer, String> labels = new LinkedHashMap<>();
		for (SourceSummary source : this.sources.listSources(dataset)) {
			String name = source.outlet() != null && !source.outlet().isBlank() ? source.outlet()
					: source.title() != null ? source.title() : "";
			labels.put(source.id(), "#" + source.id() + " " + shorten(name, 28));
		}
		return labels;
	}

	/**
	 * ECharts option: a category row per source (by the event's first evidence) and a time axis.
	 * Spans (month, quarter, year, interval) are thick lines from their first to their last
	 * day; a day is a short bar (a rectangle symbol). Tooltips are escaped plain text; ids are
	 * the event numbers.
	 */
	static String chartOption(List<EventView> placed, Map<Integer, String> sourceLabels) {
		// One row per source, split into lanes so that events whose times overlap (or touch, which
		// would draw them as one bar) lie side by side.
		long slackDays = placed.isEmpty() ? 0 : Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(
				LocalDate.parse(placed.stream().map(EventView::start).min(String::compareTo).orElseThrow()),
				LocalDate.parse(placed.stream().map(TimelineView::endOf).max(String::compareTo).orElseThrow())) / 100);
		Map<String, List<List<EventView>>> lanesBySource = new LinkedHashMap<>();
		placed.stream()
			.sorted(java.util.Comparator.comparing(EventView::start).thenComparing(TimelineView::endOf))
			.forEach(event -> {
				List<List<EventView>> lanes = lanesBySource.computeIfAbsent(rowOf(event, sourceLabels),
						row -> new java.util.ArrayList<>());
				List<EventView> free = lanes.stream()
					.filter(lane -> LocalDate.parse(endOf(lane.get(lane.size() - 1))).plusDays(slackDays)
						.isBefore(LocalDate.parse(event.start())))
					.findFirst()
					.orElse(null);
				if (free == null) {
					free = new java.util.ArrayList<>();
					lanes.add(free);
				}
				free.add(event);
			});
		Map<Integer, Integer> laneOfEvent = new java.util.HashMap<>();
		Map<Integer, Integer> sourceOfEvent = new java.util.HashMap<>();
		List<String> rowNames = new java.util.ArrayList<>();
		int sourceIndex = 0;
		for (Map.Entry<String, List<List<EventView>>> source : lanesBySource.entrySet()) {
			for (int lane = 0; lane < source.getValue().size(); lane++) {
				// Further lanes of a source carry no label; zero-width spaces keep the category names distinct.
				rowNames.add(lane == 0 ? ChartText.escape(source.getKey()) : invisibleName(rowNames.size()));
				for (EventView event : source.getValue().get(lane)) {
					laneOfEvent.put(event.id(), rowNames.size() - 1);
					sourceOfEvent.put(event.id(), sourceIndex);
				}
			}
			sourceIndex++;
		}
		ObjectNode option = JSON.createObjectNode();
		// Rich text on the canvas, never HTML (the chart element insists on it too).
		option.putObject("tooltip").put("trigger", "item").put("renderMode", "richText").put("confine", true);
		option.putObject("grid").put("left", 8).put("right", 32).put("top", 16).put("bottom", 48)
			.put("containLabel", true);
		ObjectNode timeAxis = option.putObject("xAxis").put("type", "time");
		timeAxis.putObject("splitLine").put("show", true);
		if (!placed.isEmpty()) {
			long min = placed.stream().mapToLong(event -> millis(event.start())).min().orElse(0);
			long max = placed.stream().mapToLong(event -> millis(endOf(event)) + DAY_MILLIS).max().orElse(0);
			long pad = Math.max(15 * DAY_MILLIS, (max - min) / 20);
			timeAxis.put("min", min - pad).put("max", max + pad);
		}
		ObjectNode rowAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
		ArrayNode rowData = rowAxis.putArray("data");
		rowNames.forEach(rowData::add);
		rowAxis.putObject("axisLabel").put("width", 160).put("overflow", "truncate");
		ArrayNode zoom = option.putArray("dataZoom");
		zoom.addObject().put("type", "slider").put("xAxisIndex", 0).put("bottom", 8).put("height", 20);
		zoom.addObject().put("type", "inside").put("xAxisIndex", 0);
		if (rowNames.size() > MAX_ROWS) {
			// Many sources: scroll the rows rather than squeezing them.
			zoom.addObject().put("type", "slider").put("yAxisIndex", 0).put("right", 4).put("width", 16)
				.put("startValue", 0).put("endValue", MAX_ROWS - 1);
		}

		ObjectNode spans = option.putArray("series").addObject().put("type", "lines").put("name", "Spans")
			.put("coordinateSystem", "cartesian2d").put("polyline", false).put("silent", false);
		spans.putObject("lineStyle").put("width", 12).put("cap", "butt").put("opacity", 0.85);
		spans.putObject("emphasis").putObject("lineStyle").put("width", 18);
		ArrayNode spanData = spans.putArray("data");
		ObjectNode days = ((ArrayNode) option.get("series")).addObject().put("type", "scatter").put("name", "Days")
			.put("symbol", "rect").put("cursor", "pointer");
		days.putArray("symbolSize").add(6).add(18);
		ArrayNode dayData = days.putArray("data");
		for (EventView event : placed) {
			int row = laneOfEvent.get(event.id());
			String colour = PALETTE[sourceOfEvent.get(event.id()) % PALETTE.length];
			String tooltip = tooltip(event, rowOf(event, sourceLabels));
			long start = millis(event.start());
			long end = millis(endOf(event)) + DAY_MILLIS;
			boolean day = "DAY".equalsIgnoreCase(event.precision()) && event.start().equals(endOf(event));
			ObjectNode item = day ? dayData.addObject() : spanData.addObject();
			item.put("id", String.valueOf(event.id())).put("name", ChartText.escape(shorten(event.description(), 60)));
			item.putObject("tooltip").put("formatter", tooltip);
			if (day) {
				item.putArray("value").add(start + DAY_MILLIS / 2).add(row);
				item.putObject("itemStyle").put("color", colour);
			}
			else {
				ArrayNode coords = item.putArray("coords");
				coords.addArray().add(start).add(row);
				coords.addArray().add(end).add(row);
				item.putObject("lineStyle").put("color", colour);
			}
		}
		return JSON.writeValueAsString(option);
	}

	/** A category name that shows nothing but differs for every {@code row}: its bits as zero-width characters. */
	static String invisibleName(int row) {
		StringBuilder name = new StringBuilder();
		for (int bits = row; bits > 0; bits >>= 1) {
			name.append((bits & 1) == 1 ? '\u200C' : '\u200B');
		}
		return name.toString();
	}

	private static String tooltip(EventView event, String row) {
		StringBuilder text = new StringBuilder(ChartText.escape(shorten(event.description(), 120)));
		text.append('\n').append(event.start());
		if (!event.start().equals(endOf(event))) {
			text.append(" – ").append(endOf(event));
		}
		text.append(" (").append(event.precision() == null ? "day" : event.precision().toLowerCase(java.util.Locale.ROOT));
		if (event.dateText() != null) {
			text.append("; ").append(ChartText.escape(shorten(event.dateText(), 80)));
		}
		text.append(')');
		for (Evidence evidence : event.evidence()) {
			text.append('\n').append(ChartText.quote(evidence.exact())).append(" — source ").append(evidence.source());
		}
		if (event.evidence().isEmpty()) {
			text.append('\n').append(ChartText.escape(row));
		}
		return text.toString();
	}

	private static String rowOf(EventView event, Map<Integer, String> sourceLabels) {
		if (event.evidence().isEmpty()) {
			return NO_SOURCE;
		}
		int source = event.evidence().get(0).source();
		return sourceLabels.getOrDefault(source, "#" + source);
	}

	private static String endOf(EventView event) {
		return event.end() == null ? event.start() : event.end();
	}

	private static long millis(String isoDate) {
		return LocalDate.parse(isoDate).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
	}

	private void openEvent(String id) {
		if (id == null) {
			return;
		}
		this.events.stream().filter(event -> String.valueOf(event.id()).equals(id)).findFirst()
			.ifPresent(this::openEvidence);
	}

	private void openEvidence(EventView event) {
		event.evidence().stream().findFirst()
			.ifPresent(evidence -> SourcesView.open(evidence.source(), evidence.start(), evidence.end()));
	}

	private static String shorten(String text, int length) {
		if (text == null) {
			return "";
		}
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= length ? line : line.substring(0, length - 1) + "…";
	}

}
