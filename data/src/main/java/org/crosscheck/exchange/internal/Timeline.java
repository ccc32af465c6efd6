package org.crosscheck.exchange.internal;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crosscheck.exchange.internal.BundleModel.EventRecord;

/**
 * Renders events as a TimelineJS JSON timeline: each date only to its precision (a month
 * event has no day), an interval as start and end, headlines and texts HTML-escaped
 * because TimelineJS shows them as markup and source text is data. Unresolved events have
 * no place on a timeline and are left out.
 */
public final class Timeline {

	private Timeline() {
	}

	public static Map<String, Object> render(String dataset, List<EventRecord> events,
			Map<String, List<String>> quotes) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (EventRecord event : events) {
			if (event.start() == null) {
				continue;
			}
			LocalDate start = LocalDate.parse(event.start());
			LocalDate end = event.end() == null ? start : LocalDate.parse(event.end());
			String precision = event.precision() == null ? "DAY" : event.precision();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("unique_id", "event-" + event.num());
			item.put("start_date", date(start, precision));
			if (!sameUnit(start, end, precision)) {
				item.put("end_date", date(end, precision));
			}
			String display = display(start, end, precision);
			if ("AMBIGUOUS".equals(event.status())) {
				display += " (uncertain)";
			}
			item.put("display_date", display);
			Map<String, Object> text = new LinkedHashMap<>();
			text.put("headline", escape(event.description()));
			StringBuilder body = new StringBuilder();
			if (event.dateText() != null) {
				body.append("<p>Date as written: “").append(escape(event.dateText())).append("”</p>");
			}
			for (String quote : quotes.getOrDefault(event.uid(), List.of())) {
				body.append("<blockquote>").append(escape(quote)).append("</blockquote>");
			}
			text.put("text", body.toString());
			item.put("text", text);
			items.add(item);
		}
		Map<String, Object> timeline = new LinkedHashMap<>();
		timeline.put("title", Map.of("text",
				Map.of("headline", escape(dataset), "text", "Events of the Crosscheck dataset " + escape(dataset))));
		timeline.put("events", items);
		return timeline;
	}

	private static Map<String, Object> date(LocalDate day, String precision) {
		Map<String, Object> date = new LinkedHashMap<>();
		date.put("year", day.getYear());
		if (!"YEAR".equals(precision)) {
			date.put("month", day.getMonthValue());
		}
		if ("DAY".equals(precision)) {
			date.put("day", day.getDayOfMonth());
		}
		return date;
	}

	/**
	 * Whether start and end name the same day, month or year, so that the event is a
	 * point at that precision.
	 */
	private static boolean sameUnit(LocalDate start, LocalDate end, String precision) {
		return switch (precision) {
			case "YEAR" -> start.getYear() == end.getYear();
			case "MONTH" -> start.getYear() == end.getYear() && start.getMonth() == end.getMonth();
			case "QUARTER" -> false;
			default -> start.equals(end);
		};
	}

	private static String display(LocalDate start, LocalDate end, String precision) {
		return switch (precision) {
			case "YEAR" ->
				start.getYear() == end.getYear() ? "" + start.getYear() : start.getYear() + "–" + end.getYear();
			case "QUARTER" -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
			case "MONTH" -> month(start) + (sameUnit(start, end, precision) ? "" : " – " + month(end));
			default -> day(start) + (start.equals(end) ? "" : " – " + day(end));
		};
	}

	private static String month(LocalDate day) {
		return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
	}

	private static String day(LocalDate day) {
		return day.getDayOfMonth() + " " + month(day);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
