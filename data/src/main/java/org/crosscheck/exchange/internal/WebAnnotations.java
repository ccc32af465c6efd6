package org.crosscheck.exchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;

import tools.jackson.databind.JsonNode;

/**
 * The W3C Web Annotation Data Model (JSON-LD): renders a dataset's annotations as an
 * AnnotationCollection, and reads single annotations, pages and collections back. Text
 * positions are counted in Unicode code points, as the model requires, not in Java chars.
 */
public final class WebAnnotations {

	public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

	/** The target address of a source without a web address. */
	public static final String SOURCE_URN = "urn:crosscheck:source:";

	private WebAnnotations() {
	}

	// ---- writing

	public static Map<String, Object> collection(String dataset, List<AnnotationRecord> annotations,
			Map<String, SourceRecord> sources) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("@context", CONTEXT);
		collection.put("id", "urn:crosscheck:dataset:" + dataset + ":annotations");
		collection.put("type", "AnnotationCollection");
		collection.put("label", "Annotations of the Crosscheck dataset " + dataset);
		collection.put("total", annotations.size());
		if (!annotations.isEmpty()) {
			Map<String, Object> page = new LinkedHashMap<>();
			page.put("id", "urn:crosscheck:dataset:" + dataset + ":annotations:page1");
			page.put("type", "AnnotationPage");
			page.put("startIndex", 0);
			page.put("items", annotations.stream().map(a -> annotation(a, sources.get(a.source()))).toList());
			collection.put("first", page);
		}
		return collection;
	}

	static Map<String, Object> annotation(AnnotationRecord a, SourceRecord source) {
		Map<String, Object> annotation = new LinkedHashMap<>();
		// Each annotation carries its own context so that it stands alone when taken out
		// of the page.
		annotation.put("@context", CONTEXT);
		annotation.put("id", "urn:uuid:" + a.uid());
		annotation.put("type", "Annotation");
		annotation.put("motivation", motivation(a.kind()));
		if (a.author() != null) {
			annotation.put("creator", Map.of("type", "Person", "name", a.author()));
		}
		annotation.put("created", w3cTime(a.created()));
		annotation.put("modified", w3cTime(a.modified()));
		List<Map<String, Object>> bodies = new ArrayList<>();
		if (a.note() != null) {
			bodies.add(body(a.note(), "commenting"));
		}
		for (String tag : a.tags() == null ? List.<String>of() : a.tags()) {
			bodies.add(body(tag, "tagging"));
		}
		bodies.add(body(a.kind(), "classifying"));
		annotation.put("body", bodies);
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("source", targetAddress(source));
		List<Map<String, Object>> selectors = new ArrayList<>();
		Map<String, Object> quote = new LinkedHashMap<>();
		quote.put("type", "TextQuoteSelector");
		quote.put("exact", a.exact());
		if (a.prefix() != null) {
			quote.put("prefix", a.prefix());
		}
		if (a.suffix() != null) {
			quote.put("suffix", a.suffix());
		}
		selectors.add(quote);
		if (a.start() != null && a.end() != null) {
			String text = source.cleanText();
			Map<String, Object> position = new LinkedHashMap<>();
			position.put("type", "TextPositionSelector");
			position.put("start", text.codePointCount(0, a.start()));
			position.put("end", text.codePointCount(0, a.end()));
			selectors.add(position);
		}
		target.put("selector", selectors);
		annotation.put("target", target);
		return annotation;
	}

	private static Map<String, Object> body(String value, String purpose) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "TextualBody");
		body.put("value", value);
		body.put("purpose", purpose);
		body.put("format", "text/plain");
		return body;
	}

	static String motivation(String kind) {
		return switch (kind) {
			case "quote" -> "highlighting";
			case "claim" -> "assessing";
			case "money", "date" -> "describing";
			case "entity" -> "identifying";
			default -> "commenting";
		};
	}

	/**
	 * The source's web address when it is a usable absolute URI, else its Crosscheck URN.
	 */
	public static String targetAddress(SourceRecord source) {
		return webAddress(source.url()) != null ? webAddress(source.url()) : SOURCE_URN + source.uid();
	}

	/** The URL when it is an absolute http(s) URI, else null. */
	public static String webAddress(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/** An xsd:dateTime in UTC to the second, as the model recommends. */
	static String w3cTime(String instant) {
		return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	// ---- reading

	/**
	 * The annotations in a parsed W3C document; refused items are added to
	 * {@code refused}.
	 */
	public static List<ForeignAnnotation> read(JsonNode root, List<String> refused) {
		List<JsonNode> items = new ArrayList<>();
		if (root.isArray()) {
			root.forEach(items::add);
		}
		else if (root.isObject() && hasType(root, "AnnotationCollection")) {
			JsonNode first = root.get("first");
			if (first == null || first.isMissingNode() || first.isNull()) {
				return List.of();
			}
			if (!first.isObject()) {
				throw new IllegalArgumentException("its first page is not embedded ("
						+ (first.isString() ? "only linked as " + Printable.of(first.asString()) : "not an object")
						+ "); save the pages and import each");
			}
			first.path("items").forEach(items::add);
		}
		else if (root.isObject() && hasType(root, "AnnotationPage")) {
			root.path("items").forEach(items::add);
		}
		else if (root.isObject() && hasType(root, "Annotation")) {
			items.add(root);
		}
		else {
			throw new IllegalArgumentException("it is not a W3C Web Annotation, AnnotationPage or AnnotationCollection"
					+ " (no \"type\" of those)");
		}
		List<ForeignAnnotation> result = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String id = items.get(i).isObject() ? text(items.get(i).get("id")) : null;
			String label = "item " + (i + 1) + (id == null ? "" : " (" + Printable.of(id) + ")");
			try {
				result.add(annotation(items.get(i), label));
			}
			catch (IllegalArgumentException ex) {
				refused.add(label + ": " + ex.getMessage());
			}
		}
		return result;
	}

	private static ForeignAnnotation annotation(JsonNode node, String label) {
		if (!node.isObject() || !hasType(node, "Annotation")) {
			throw new IllegalArgumentException("not an Annotation (its type is not \"Annotation\")");
		}
		String id = text(node.get("id"));
		JsonNode target = node.get("target");
		if (target == null || target.isNull()) {
			throw new IllegalArgumentException("it has no target, so it annotates nothing");
		}
		if (target.isArray()) {
			JsonNode withSelector = null;
			for (JsonNode candidate : target) {
				if (candidate.isObject() && candidate.has("selector")) {
					withSelector = candidate;
					break;
				}
			}
			target = withSelector == null ? target.path(0) : withSelector;
		}
		if (!target.isObject() || !target.has("selector")) {
			throw new IllegalArgumentException(
					"its target has no selector: Crosscheck annotates words, not whole documents");
		}
		String source = text(target.get("source"));
		if (source == null) {
			throw new IllegalArgumentException("its target has no source address");
		}
		Selectors selectors = selectors(target.get("selector"));
		if (selectors.exact == null && selectors.start == null) {
			throw new IllegalArgumentException("its target has neither a TextQuoteSelector nor a TextPositionSelector");
		}
		String note = null;
		List<String> tags = new ArrayList<>();
		String kind = null;
		List<JsonNode> bodies = new ArrayList<>();
		JsonNode body = node.get("body");
		if (body != null && body.isArray()) {
			body.forEach(bodies::add);
		}
		else if (body != null && !body.isNull()) {
			bodies.add(body);
		}
		if (node.has("bodyValue")) {
			note = text(node.get("bodyValue"));
		}
		for (JsonNode b : bodies) {
			String value = b.isString() ? null : text(b.get("value"));
			if (value == null) {
				continue;
			}
			String purpose = text(b.get("purpose"));
			if ("tagging".equals(purpose)) {
				tags.add(value);
			}
			else if ("classifying".equals(purpose) && isKind(value)) {
				kind = value.toLowerCase(Locale.ROOT);
			}
			else {
				note = note == null ? value : note + "\n\n" + value;
			}
		}
		if (kind == null) {
			kind = kindOf(text(node.get("motivation")));
		}
		return new ForeignAnnotation(label, uidOf(id), source, selectors.exact, selectors.prefix, selectors.suffix,
				selectors.start, selectors.end, kind, note, tags, creator(node.get("creator")),
				time(node.get("created")), time(node.get("modified")));
	}

	/** What the selectors of a target say. */
	private static final class Selectors {

		String exact;

		String prefix;

		String suffix;

		Integer start;

		Integer end;

	}

	private static Selectors selectors(JsonNode selector) {
		Selectors result = new Selectors();
		List<JsonNode> all = new ArrayList<>();
		if (selector != null && selector.isArray()) {
			selector.forEach(all::add);
		}
		else if (selector != null) {
			all.add(selector);
		}
		for (JsonNode s : all) {
			if (hasType(s, "TextQuoteSelector") && text(s.get("exact")) != null) {
				result.exact = text(s.get("exact"));
				result.prefix = text(s.get("prefix"));
				result.suffix = text(s.get("suffix"));
			}
			else if (hasType(s, "TextPositionSelector") && s.path("start").canConvertToInt()
					&& s.path("end").canConvertToInt() && s.path("start").isIntegralNumber()
					&& s.path("end").isIntegralNumber()) {
				int start = s.path("start").asInt();
				int end = s.path("end").asInt();
				if (start >= 0 && end > start) {
					result.start = start;
					result.end = end;
				}
			}
		}
		return result;
	}

	/**
	 * The uid of a foreign id: its own for urn:uuid, else one derived from it, the same
	 * on every import.
	 */
	public static String uidOf(String id) {
		if (id == null) {
			return UUID.randomUUID().toString();
		}
		if (id.startsWith("urn:uuid:")) {
			try {
				return UUID.fromString(id.substring(9)).toString();
			}
			catch (IllegalArgumentException ex) {
				// Not a real UUID: derive one like any other id.
			}
		}
		return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8)).toString();
	}

	static String kindOf(String motivation) {
		if (motivation == null) {
			return "note";
		}
		return switch (motivation) {
			case "highlighting", "oa:highlighting" -> "quote";
			case "assessing", "oa:assessing" -> "claim";
			case "identifying", "oa:identifying" -> "entity";
			default -> "note";
		};
	}

	private static boolean isKind(String value) {
		for (AnnotationKind kind : AnnotationKind.values()) {
			if (kind.key().equalsIgnoreCase(value)) {
				return true;
			}
		}
		return false;
	}

	private static String creator(JsonNode creator) {
		if (creator == null || creator.isNull()) {
			return null;
		}
		if (creator.isArray()) {
			return creator.isEmpty() ? null : creator(creator.get(0));
		}
		if (creator.isString()) {
			return creator.asString();
		}
		String name = text(creator.get("name"));
		if (name == null) {
			name = text(creator.get("nickname"));
		}
		return name != null ? name : text(creator.get("id"));
	}

	static Instant time(JsonNode node) {
		String value = text(node);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(value);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	static boolean hasType(JsonNode node, String type) {
		JsonNode value = node.get("type");
		if (value == null) {
			return false;
		}
		if (value.isArray()) {
			for (JsonNode item : value) {
				if (item.isString() && type.equals(item.asString())) {
					return true;
				}
			}
			return false;
		}
		// Only a string names a type: Jackson refuses to turn an object or array into
		// one.
		return value.isString() && type.equals(value.asString());
	}

	static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isArray()) {
			return node.isEmpty() ? null : text(node.get(0));
		}
		String value = node.isString() ? node.asString() : node.isObject() ? text(node.get("id")) : node.asString();
		return value == null || value.isBlank() ? null : value;
	}

}
