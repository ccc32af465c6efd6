package org.crosscheck.exchange.internal;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads annotations as the Hypothesis API returns them: a search result ({@code {"total":
 * .., "rows": [..]}}) or a single annotation, with the annotated page in {@code uri} and
 * the words in the target's TextQuoteSelector. Hypothesis's positions count UTF-16 units
 * of the page's text; they only serve to choose between equal quotes.
 */
public final class HypothesisAnnotations {

	private HypothesisAnnotations() {
	}

	public static List<ForeignAnnotation> read(JsonNode root, List<String> refused) {
		List<JsonNode> rows = new ArrayList<>();
		if (root.isObject() && root.get("rows") != null && root.get("rows").isArray()) {
			root.get("rows").forEach(rows::add);
		}
		else if (root.isObject() && (root.has("target") || root.has("uri"))) {
			rows.add(root);
		}
		else if (root.isArray()) {
			root.forEach(rows::add);
		}
		else {
			throw new IllegalArgumentException(
					"it is not a Hypothesis annotation or search result (no \"rows\", \"uri\"" + " or \"target\")");
		}
		List<ForeignAnnotation> result = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			JsonNode row = rows.get(i);
			String id = WebAnnotations.text(row.get("id"));
			String label = "row " + (i + 1) + (id == null ? "" : " (" + Printable.of(id) + ")");
			try {
				result.add(annotation(row, id, label));
			}
			catch (IllegalArgumentException ex) {
				refused.add(label + ": " + ex.getMessage());
			}
		}
		return result;
	}

	private static ForeignAnnotation annotation(JsonNode row, String id, String label) {
		if (!row.isObject()) {
			throw new IllegalArgumentException("not an annotation object");
		}
		JsonNode target = row.path("target");
		JsonNode first = target.isArray() ? target.path(0) : target;
		String source = WebAnnotations.text(first.get("source"));
		if (source == null) {
			source = WebAnnotations.text(row.get("uri"));
		}
		if (source == null) {
			throw new IllegalArgumentException("it names no page (no uri, no target source)");
		}
		JsonNode selectors = first.get("selector");
		if (selectors == null || !selectors.isArray() || selectors.isEmpty()) {
			throw new IllegalArgumentException(
					"it has no selector: a page note annotates no words, so Crosscheck cannot" + " anchor it");
		}
		String exact = null;
		String prefix = null;
		String suffix = null;
		Integer start = null;
		Integer end = null;
		for (JsonNode selector : selectors) {
			String type = WebAnnotations.text(selector.get("type"));
			if ("TextQuoteSelector".equals(type)) {
				exact = WebAnnotations.text(selector.get("exact"));
				prefix = WebAnnotations.text(selector.get("prefix"));
				suffix = WebAnnotations.text(selector.get("suffix"));
			}
			// Only whole numbers in range: Jackson 3 refuses to make an int of 1e30 or
			// 2.5.
			else if ("TextPositionSelector".equals(type) && isPosition(selector.path("start"))
					&& isPosition(selector.path("end"))) {
				start = selector.path("start").asInt();
				end = selector.path("end").asInt();
			}
		}
		if (exact == null) {
			throw new IllegalArgumentException("it has no TextQuoteSelector, so its words are unknown");
		}
		List<String> tags = new ArrayList<>();
		row.path("tags").forEach(tag -> {
			if (tag.isString() && !tag.asString().isBlank()) {
				tags.add(tag.asString());
			}
		});
		String user = WebAnnotations.text(row.get("user"));
		if (user != null && user.startsWith("acct:")) {
			user = user.substring(5);
		}
		String kind = tags.stream()
			.map(String::toLowerCase)
			.filter(t -> List.of("quote", "claim", "money", "date", "entity").contains(t))
			.findFirst()
			.orElse(WebAnnotations.text(row.get("text")) == null ? "quote" : "note");
		return new ForeignAnnotation(label, WebAnnotations.uidOf(id == null ? null : "https://hypothes.is/a/" + id),
				source, exact, prefix, suffix, start, end, kind, WebAnnotations.text(row.get("text")), tags, user,
				WebAnnotations.time(row.get("created")), WebAnnotations.time(row.get("updated")));
	}

	private static boolean isPosition(JsonNode node) {
		return node.isIntegralNumber() && node.canConvertToInt();
	}

}
