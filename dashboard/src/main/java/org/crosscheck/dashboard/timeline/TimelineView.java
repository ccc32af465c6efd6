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

import org.crosscheck.ledger.EventView;
import org.crosscheck.ledger.Evidence;
import org.crosscheck.dashboard.base.ui.ChartText;
import org.crosscheck.dashboard.base.ui.DatasetSelection;
import org.crosscheck.dashboard.base.ui.EChart;
import org.crosscheck.dashboard.base.ui.LiveView;
import org.crosscheck.dashboard.base.ui.StoryFilter;
import org.crosscheck.dashboard.source.SourcesView;
import org.crosscheck.source.SourceService;
import org.crosscheck.source.SourceSummary;
import org.crosscheck.story.StoryService;
import org.crosscheck.timeline.Timeline;
import org.crosscheck.timeline.TimelineItem;
import org.crosscheck.timeline.TimelineService;

/**
 * What happened in the selected dataset on a time axis, each happening drawn over the
 * time its date covers (a month spans its month, an interval its interval, a day is a
 * short bar), one row and colour per source. A happening that several sources of a story
 * report is one item with a marker per source, flagged when their dates disagree. Those
 * whose date is unresolved or ambiguous are listed beside the chart instead of being
 * placed at a guess. Clicking an item opens its evidence.
 */
@Route("timeline")
@PageTitle("Timeline · Crosscheck")
public class TimelineView extends LiveView {

	static final String NO_EVENTS = "No events in this dataset yet. From the console: suggest --all, then "
			+ "suggestion accept --all --kind event (or event add --date 2025-09 --description ...)";

	static final String NO_SOURCE = "(no evidence)";

	static final String LEGEND = "◆ a day · ▬ a month, quarter or interval · a paler bar: a year · numbered dots: "
			+ "the sources that tell it · " + TimelineView.DISAGREE_MARK + " their dates disagree · zoom in time with "
			+ "ctrl + wheel or the slider below; the wheel scrolls the lanes";

	/** Before the label of a happening whose sources disagree on its date. */
	static final String DISAGREE_MARK = "≠";

	private static final String DISAGREE_COLOUR = "#e03131";

	/** Colours of the source rows, cycled. */
	private static final String[] PALETTE = { "#1676f3", "#e8590c", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599",
			"#c2255c", "#5c940d", "#364fc7", "#868e96" };

	private static final long DAY_MILLIS = 86_400_000L;

	/** Rows shown at once; more scroll. */
	static final int MAX_ROWS = 16;

	/**
	 * The longest label on the chart in pixels; a longer one ends in an ellipsis (the
	 * tooltip has it all).
	 */
	private static final int LABEL_MAX_PIXELS = 170;

	/**
	 * Between the event's and the source's number in a source marker's id: a click opens
	 * that source's words.
	 */
	static final String MARKER_SEPARATOR = "@";

	private static final String NO_SOURCE_COLOUR = "#868e96";

	private static final int MARKER_SIZE = 13;

	private static final int LABEL_FONT_SIZE = 11;

	/** Average width of a label character at {@link #LABEL_FONT_SIZE}, in pixels. */
	private static final int LABEL_CHAR_WIDTH = 6;

	/**
	 * The plot's width the lanes are planned for: the chart beside the list at 1400 px,
	 * less the row names.
	 */
	private static final int PLOT_WIDTH = 540;

	/** The name of the series that carries the events' labels. */
	static final String LABELS = "Labels";

	private static final double YEAR_ALPHA = 0.35;

	/**
	 * The share of the time axis left empty on the right, for the labels of the latest
	 * events.
	 */
	private static final double RIGHT_ROOM = 0.2;

	private static final int ROW_LABEL_WIDTH = 150;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TimelineService timelines;

	private final SourceService sources;

	private final StoryService stories;

	private final StoryFilter storyFilter = new StoryFilter();

	private final Span count = new Span();

	private final EChart chart = new EChart();

	private final Span empty = new Span();

	private final Span notPlacedCount = new Span();

	private final VerticalLayout side = new VerticalLayout();

	private final Grid<EventView> undated = new Grid<>(EventView.class, false);

	private List<EventView> events = List.of();

	private List<EventView> undatedEvents = List.of();

	public TimelineView(TimelineService timelines, SourceService sources, StoryService stories,
			DatasetSelection selection) {
		super(selection);
		this.timelines = timelines;
		this.stories = stories;
		this.sources = sources;

		H2 heading = new H2("Timeline");
		heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
		this.count.getElement().getThemeList().add("badge contrast pill");
		this.count.setTestId("event-count");
		this.notPlacedCount.getElement().getThemeList().add("badge warning pill");
		this.notPlacedCount.setTestId("not-placed-count");
		this.notPlacedCount.setVisible(false);
		this.storyFilter.setWidth("16rem");
		this.storyFilter.addValueChangeListener(event -> refresh());
		HorizontalLayout title = new HorizontalLayout(heading, this.count, this.notPlacedCount, this.storyFilter);
		title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

		Span legend = new Span(LEGEND);
		legend.setTestId("timeline-legend");
		legend.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
		this.chart.setTestId("timeline-chart");
		// The chart takes the page's height: with many events more lanes show at once.
		this.chart.setHeight(null);
		this.chart.setMinHeight("360px");
		this.chart.addItemClickListener(event -> openEvent(event.getId()));
		this.empty.addClassNames(LumoUtility.TextColor.SECONDARY);
		this.empty.setVisible(false);
		VerticalLayout main = new VerticalLayout(this.empty, legend, this.chart);
		main.setPadding(false);
		main.setSpacing(false);
		main.setHeightFull();
		main.setFlexGrow(1, this.chart);
		// Without a minimum width of 0 the chart's width pushes the side list out of the
		// page.
		main.setMinWidth("0");

		H4 undatedHeading = new H4("Not placed: dates unresolved or ambiguous");
		undatedHeading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL,
				LumoUtility.TextColor.WARNING_CONTRAST);
		configureUndated();
		this.side.add(undatedHeading, this.undated);
		this.side.setTestId("not-placed");
		this.side.setPadding(false);
		this.side.setWidth("22rem");
		this.side.getStyle().set("flex-shrink", "0");
		this.side.setHeightFull();
		this.side.setFlexGrow(1, this.undated);
		// Shown only when some event has no date to place it at; else the chart takes the
		// width.
		this.side.setVisible(false);

		HorizontalLayout body = new HorizontalLayout(main, this.side);
		body.setSizeFull();
		body.setFlexGrow(1, main);
		add(title, body);
		setFlexGrow(1, body);
	}

	private void configureUndated() {
		this.undated.setTestId("undated-events");
		this.undated.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.undated.addColumn(EventView::description).setHeader("Event").setFlexGrow(3);
		this.undated.addColumn(TimelineView::dateOfUnplaced).setHeader("Date").setFlexGrow(2);
		this.undated.setEmptyStateText("Every event has a date.");
		this.undated.setSizeFull();
		this.undated.addItemClickListener(event -> openEvidence(event.getItem()));
	}

	@Override
	protected void refresh() {
		boolean exists = this.selection.exists();
		String dataset = this.selection.dataset();
		this.storyFilter.offer(this.stories, dataset, exists);
		Timeline timeline = exists ? this.timelines.timeline(dataset, this.storyFilter.getValue())
				: new Timeline(List.of(), 0, false, List.of());
		List<EventView> latest = timeline.items().stream().map(TimelineView::asEvent).toList();
		Map<Integer, String> disagreements = disagreements(timeline);
		this.count.setText(countText(timeline));
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
		this.side.setVisible(!notPlaced.isEmpty());
		this.notPlacedCount.setVisible(!notPlaced.isEmpty());
		this.notPlacedCount
			.setText(notPlaced.size() + " not placed: date unresolved or ambiguous (listed at the right)");
		this.empty.setText(!exists ? missingDatasetText() : latest.isEmpty() ? NO_EVENTS : "");
		this.empty.setVisible(!exists || latest.isEmpty());
		Map<Integer, String> sourceLabels = exists && !placed.isEmpty() ? sourceLabels(dataset) : Map.of();
		this.chart.setOption(chartOption(placed, sourceLabels, disagreements));
	}

	/**
	 * "12 events" or, where sources tell one happening, "9 happenings from 12 events".
	 */
	static String countText(Timeline timeline) {
		int events = timeline.events();
		String plural = events == 1 ? "1 event" : events + " events";
		int items = timeline.items().size();
		return items == events ? plural : items + (items == 1 ? " happening from " : " happenings from ") + plural;
	}

	/**
	 * An item as the chart draws it: its lead event with the evidence of all its events,
	 * so that each source that tells it has its marker.
	 */
	static EventView asEvent(TimelineItem item) {
		EventView lead = item.lead();
		if (item.events().size() == 1) {
			return lead;
		}
		List<Evidence> evidence = item.events().stream().flatMap(event -> event.evidence().stream()).toList();
		return new EventView(lead.id(), lead.uid(), lead.start(), lead.end(), lead.precision(), lead.status(),
				lead.dateText(), lead.description(), lead.label(), lead.entities(), evidence);
	}

	/**
	 * Per item whose dates disagree (by its lead's id): each source's date, for its
	 * tooltip.
	 */
	static Map<Integer, String> disagreements(Timeline timeline) {
		Map<Integer, String> disagreements = new java.util.HashMap<>();
		for (TimelineItem item : timeline.items()) {
			if (item.datesDisagree()) {
				disagreements.put(item.lead().id(), "Dates disagree: " + String.join(" · ", item.events()
					.stream()
					.map(event -> dateOf(event) + " (source " + (event.source() == null ? "-" : event.source()) + ")")
					.toList()));
			}
		}
		return disagreements;
	}

	private static String dateOf(EventView event) {
		if (!placed(event)) {
			return dateOfUnplaced(event);
		}
		return event.start().equals(event.last()) ? event.start() : event.start() + " – " + event.last();
	}

	/**
	 * Why an event is not placed: "Unresolved: «last month»", or the date text when it
	 * says so itself.
	 */
	static String dateOfUnplaced(EventView event) {
		String status = "AMBIGUOUS".equalsIgnoreCase(event.status()) ? "ambiguous" : "unresolved";
		if (event.dateText() == null) {
			return Character.toUpperCase(status.charAt(0)) + status.substring(1) + ": no date in the words";
		}
		return event.dateText().toLowerCase(java.util.Locale.ROOT).startsWith(status) ? event.dateText()
				: Character.toUpperCase(status.charAt(0)) + status.substring(1) + ": «" + event.dateText() + "»";
	}

	/**
	 * Whether the event goes on the time axis: a resolved date, not an unresolved or
	 * ambiguous one.
	 */
	static boolean placed(EventView event) {
		return event.resolved();
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
	 * ECharts option: a category row per source (by the event's first evidence), split
	 * into lanes, on a time axis. Each event is labelled with its short label to its
	 * right and marked at its left with a numbered dot per source of its evidence. The
	 * bar's form is the date's precision: a day is a diamond, a month, quarter or
	 * interval a solid bar over the time it covers, a year a lighter bar. Labels that
	 * would overlap are hidden until the user zooms in. Tooltips are escaped plain text;
	 * ids are the event numbers.
	 */
	static String chartOption(List<EventView> placed, Map<Integer, String> sourceLabels) {
		return chartOption(placed, sourceLabels, Map.of());
	}

	/**
	 * The same, with the items whose sources disagree on the date marked and their dates
	 * in the tooltip.
	 */
	static String chartOption(List<EventView> placed, Map<Integer, String> sourceLabels,
			Map<Integer, String> disagreements) {
		Map<Integer, String> colours = new LinkedHashMap<>();
		sourceLabels.keySet().forEach(source -> colours.put(source, PALETTE[colours.size() % PALETTE.length]));
		Lanes lanes = Lanes.of(placed, sourceLabels);
		ObjectNode option = JSON.createObjectNode();
		// Rich text on the canvas, never HTML (the chart element insists on it too).
		option.putObject("tooltip").put("trigger", "item").put("renderMode", "richText").put("confine", true);
		option.putObject("grid")
			.put("left", 8)
			.put("right", 32)
			.put("top", 16)
			.put("bottom", 48)
			.put("containLabel", true);
		ObjectNode timeAxis = option.putObject("xAxis").put("type", "time");
		timeAxis.putObject("splitLine").put("show", true);
		if (!placed.isEmpty()) {
			timeAxis.put("min", lanes.min - lanes.pad).put("max", lanes.axisMax);
		}
		ObjectNode rowAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
		ArrayNode rowData = rowAxis.putArray("data");
		lanes.rowNames.forEach(rowData::add);
		rowAxis.putObject("axisLabel").put("width", ROW_LABEL_WIDTH).put("overflow", "truncate");
		rowAxis.putObject("axisTick").put("show", false);
		ArrayNode zoom = option.putArray("dataZoom");
		zoom.addObject().put("type", "slider").put("xAxisIndex", 0).put("bottom", 8).put("height", 20);
		// Ctrl and the wheel zoom in time; the wheel alone scrolls the lanes.
		zoom.addObject()
			.put("type", "inside")
			.put("xAxisIndex", 0)
			.put("zoomOnMouseWheel", "ctrl")
			.put("moveOnMouseWheel", false);
		if (lanes.rowNames.size() > MAX_ROWS) {
			// Many lanes: scroll the rows rather than squeezing them.
			zoom.addObject()
				.put("type", "slider")
				.put("yAxisIndex", 0)
				.put("right", 4)
				.put("width", 16)
				.put("startValue", 0)
				.put("endValue", MAX_ROWS - 1);
			zoom.addObject()
				.put("type", "inside")
				.put("yAxisIndex", 0)
				.put("zoomOnMouseWheel", false)
				.put("moveOnMouseWheel", true);
		}
		ArrayNode series = option.putArray("series");
		ArrayNode spanData = spanSeries(series, "Months and intervals");
		ArrayNode yearData = spanSeries(series, "Years");
		ArrayNode dayData = series.addObject()
			.put("type", "scatter")
			.put("name", "Days")
			.put("symbol", "diamond")
			.put("symbolSize", 14)
			.put("cursor", "pointer")
			.putArray("data");
		ObjectNode markers = series.addObject()
			.put("type", "scatter")
			.put("name", "Sources")
			.put("symbol", "circle")
			.put("symbolSize", MARKER_SIZE)
			.put("cursor", "pointer")
			.put("z", 3);
		markers.putObject("label")
			.put("show", true)
			.put("position", "inside")
			.put("formatter", "{@[2]}")
			.put("fontSize", 9)
			.put("color", "#fff");
		ArrayNode markerData = markers.putArray("data");
		// The labels: an invisible point at each event's end with its short label to the
		// right. One series
		// for all, so that ECharts can hide those that would overlap (they come back on
		// zoom).
		ObjectNode labels = series.addObject()
			.put("type", "scatter")
			.put("name", LABELS)
			.put("symbolSize", 1)
			.put("cursor", "pointer")
			.put("z", 4)
			.put("clip", false);
		// A transparent point, not opacity 0: the label would inherit that and vanish
		// too.
		labels.putObject("itemStyle").put("color", "rgba(0,0,0,0)");
		labels.putObject("label")
			.put("show", true)
			.put("position", "right")
			.put("formatter", "{b}")
			.put("fontSize", LABEL_FONT_SIZE)
			.put("color", "#343a40")
			.put("distance", 4)
			.put("width", LABEL_MAX_PIXELS)
			.put("overflow", "truncate");
		labels.putObject("labelLayout").put("hideOverlap", true);
		ArrayNode labelData = labels.putArray("data");
		for (EventView event : placed) {
			int row = lanes.rowOfEvent.get(event.id());
			String colour = colours.getOrDefault(event.source(), NO_SOURCE_COLOUR);
			String disagreement = disagreements.get(event.id());
			String tooltip = tooltip(event, rowOf(event, sourceLabels))
					+ (disagreement == null ? "" : "\n" + ChartText.escape(disagreement));
			long start = millis(event.start());
			long end = millis(event.last()) + DAY_MILLIS;
			String form = form(event);
			ObjectNode item = switch (form) {
				case "day" -> dayData.addObject();
				case "year" -> yearData.addObject();
				default -> spanData.addObject();
			};
			String id = String.valueOf(event.id());
			String label = (disagreement == null ? "" : DISAGREE_MARK + " ") + ChartText.escape(event.label());
			item.put("id", id).put("name", label);
			item.putObject("tooltip").put("formatter", tooltip);
			if (form.equals("day")) {
				item.putArray("value").add(start + DAY_MILLIS / 2).add(row);
				item.putObject("itemStyle").put("color", colour);
				if (disagreement != null) {
					((ObjectNode) item.get("itemStyle")).put("borderColor", DISAGREE_COLOUR).put("borderWidth", 2);
				}
			}
			else {
				ArrayNode coords = item.putArray("coords");
				coords.addArray().add(start).add(row);
				coords.addArray().add(end).add(row);
				item.putObject("lineStyle").put("color", translucent(colour, form.equals("year") ? YEAR_ALPHA : 0.9));
				if (disagreement != null) {
					((ObjectNode) item.get("lineStyle")).put("type", "dashed");
				}
			}

			ObjectNode labelItem = labelData.addObject().put("id", id).put("name", label);
			labelItem.putObject("tooltip").put("formatter", tooltip);
			ObjectNode labelStyle = JSON.createObjectNode();
			if (lanes.labelLeft.contains(event.id())) {
				// Left of the event's source markers.
				labelItem.putArray("value").add(form.equals("day") ? start + DAY_MILLIS / 2 : start).add(row);
				labelStyle.put("position", "left").put("distance", 4 + (MARKER_SIZE + 2) * sourcesOf(event).size());
			}
			else {
				labelItem.putArray("value").add(form.equals("day") ? start + DAY_MILLIS / 2 : end).add(row);
				if (form.equals("day")) {
					// Clear of the diamond.
					labelStyle.put("distance", 10);
				}
			}
			if (disagreement != null) {
				labelStyle.put("color", DISAGREE_COLOUR);
			}
			if (!labelStyle.isEmpty()) {
				labelItem.set("label", labelStyle);
			}
			List<Integer> eventSources = sourcesOf(event);
			for (int k = 0; k < eventSources.size(); k++) {
				int source = eventSources.get(k);
				ObjectNode marker = markerData.addObject()
					.put("id", event.id() + MARKER_SEPARATOR + source)
					.put("name", ChartText.escape(sourceLabels.getOrDefault(source, "#" + source)));
				marker.putArray("value").add(start).add(row).add(source);
				// Left of the event, one after the other, so the bar and its label stay
				// clear.
				marker.putArray("symbolOffset").add(-(MARKER_SIZE + 2) * (eventSources.size() - k) + 2).add(0);
				marker.putObject("itemStyle").put("color", colours.getOrDefault(source, NO_SOURCE_COLOUR));
				marker.putObject("tooltip")
					.put("formatter", "source " + ChartText.escape(sourceLabels.getOrDefault(source, "#" + source)));
			}
		}
		return JSON.writeValueAsString(option);
	}

	/**
	 * The bar's form for the event's precision: day, span (month, quarter, an interval)
	 * or year.
	 */
	static String form(EventView event) {
		String precision = event.precision() == null ? "DAY" : event.precision().toUpperCase(java.util.Locale.ROOT);
		boolean oneDay = event.start().equals(event.last());
		return switch (precision) {
			case "DAY" -> oneDay ? "day" : "span";
			case "YEAR" -> "year";
			default -> "span";
		};
	}

	/**
	 * {@code #rrggbb} as {@code rgba(r,g,b,alpha)}: a paler bar whose label stays dark.
	 */
	static String translucent(String colour, double alpha) {
		int rgb = Integer.parseInt(colour.substring(1), 16);
		return "rgba(" + (rgb >> 16) + "," + ((rgb >> 8) & 0xff) + "," + (rgb & 0xff) + "," + alpha + ")";
	}

	private static ArrayNode spanSeries(ArrayNode series, String name) {
		ObjectNode spans = series.addObject()
			.put("type", "lines")
			.put("name", name)
			.put("coordinateSystem", "cartesian2d")
			.put("polyline", false)
			.put("silent", false);
		spans.putObject("lineStyle").put("width", 12).put("cap", "butt").put("opacity", 1);
		spans.putObject("emphasis").putObject("lineStyle").put("width", 18);
		return spans.putArray("data");
	}

	/**
	 * The rows of the chart: a row per source (by the event's first evidence), split into
	 * lanes so that events lie side by side rather than over each other, each with room
	 * for its label and source markers at the width the chart starts at. Many events make
	 * many lanes, which scroll.
	 */
	private static final class Lanes {

		final List<String> rowNames = new java.util.ArrayList<>();

		final Map<Integer, Integer> rowOfEvent = new java.util.HashMap<>();

		/** Events near the right edge, whose label stands left of them. */
		final java.util.Set<Integer> labelLeft = new java.util.HashSet<>();

		long min;

		long max;

		long pad;

		long axisMax;

		static Lanes of(List<EventView> placed, Map<Integer, String> sourceLabels) {
			Lanes lanes = new Lanes();
			if (placed.isEmpty()) {
				return lanes;
			}
			lanes.min = placed.stream().mapToLong(event -> millis(event.start())).min().orElse(0);
			lanes.max = placed.stream().mapToLong(event -> millis(event.last()) + DAY_MILLIS).max().orElse(0);
			lanes.pad = Math.max(15 * DAY_MILLIS, (lanes.max - lanes.min) / 20);
			// Some room on the right for labels; a label that would still run off the
			// chart goes left of its event.
			long axisMin = lanes.min - lanes.pad;
			double range = (lanes.max + lanes.pad - axisMin) / (1 - RIGHT_ROOM);
			lanes.axisMax = axisMin + (long) range;
			double millisPerPixel = range / PLOT_WIDTH;
			Map<String, List<Long>> laneEnds = new LinkedHashMap<>();
			Map<String, List<List<EventView>>> bySource = new LinkedHashMap<>();
			List<EventView> ordered = placed.stream()
				.sorted(java.util.Comparator.comparing(EventView::start).thenComparing(EventView::last))
				.toList();
			for (EventView event : ordered) {
				String source = rowOf(event, sourceLabels);
				List<Long> ends = laneEnds.computeIfAbsent(source, key -> new java.util.ArrayList<>());
				List<List<EventView>> sourceLanes = bySource.computeIfAbsent(source,
						key -> new java.util.ArrayList<>());
				long markerRoom = (long) (millisPerPixel * (MARKER_SIZE + 2) * Math.max(1, sourcesOf(event).size()));
				long barStart = millis(event.start()) - markerRoom;
				long barEnd = millis(event.last()) + DAY_MILLIS;
				long labelRoom = (long) (millisPerPixel * labelPixels(event));
				boolean left = barEnd + labelRoom > lanes.axisMax + (long) (millisPerPixel * 24);
				if (left) {
					lanes.labelLeft.add(event.id());
				}
				long from = left ? barStart - labelRoom : barStart;
				long labelEnd = left ? barEnd : barEnd + labelRoom;
				int lane = firstFree(ends, from);
				if (lane < 0) {
					lane = ends.size();
					ends.add(Long.MIN_VALUE);
					sourceLanes.add(new java.util.ArrayList<>());
				}
				ends.set(lane, Math.max(ends.get(lane), labelEnd));
				sourceLanes.get(lane).add(event);
			}
			for (Map.Entry<String, List<List<EventView>>> source : bySource.entrySet()) {
				for (int lane = 0; lane < source.getValue().size(); lane++) {
					// Further lanes of a source carry no label; zero-width spaces keep
					// the category names distinct.
					lanes.rowNames
						.add(lane == 0 ? ChartText.escape(source.getKey()) : invisibleName(lanes.rowNames.size()));
					for (EventView event : source.getValue().get(lane)) {
						lanes.rowOfEvent.put(event.id(), lanes.rowNames.size() - 1);
					}
				}
			}
			return lanes;
		}

		private static int firstFree(List<Long> ends, long from) {
			for (int lane = 0; lane < ends.size(); lane++) {
				if (ends.get(lane) < from) {
					return lane;
				}
			}
			return -1;
		}

	}

	private static double labelPixels(EventView event) {
		return 12 + Math.min(LABEL_MAX_PIXELS, LABEL_CHAR_WIDTH * event.label().length());
	}

	private static List<Integer> sourcesOf(EventView event) {
		return event.evidence().stream().map(Evidence::source).distinct().toList();
	}

	/**
	 * A category name that shows nothing but differs for every {@code row}: its bits as
	 * zero-width characters.
	 */
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
		if (!event.start().equals(event.last())) {
			text.append(" – ").append(event.last());
		}
		text.append(" (")
			.append(event.precision() == null ? "day" : event.precision().toLowerCase(java.util.Locale.ROOT));
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

	private static long millis(String isoDate) {
		return LocalDate.parse(isoDate).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
	}

	private void openEvent(String id) {
		if (id == null) {
			return;
		}
		String[] parts = id.split(MARKER_SEPARATOR, 2);
		this.events.stream()
			.filter(event -> String.valueOf(event.id()).equals(parts[0]))
			.findFirst()
			.ifPresent(event -> openEvidence(event, parts.length > 1 ? parts[1] : null));
	}

	private void openEvidence(EventView event) {
		openEvidence(event, null);
	}

	/** Opens the event's first evidence, or its first from {@code source} when given. */
	private void openEvidence(EventView event, String source) {
		event.evidence()
			.stream()
			.filter(evidence -> source == null || String.valueOf(evidence.source()).equals(source))
			.findFirst()
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
