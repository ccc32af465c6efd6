package org.crosscheck.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks FollowTheMoney entities against the FtM model (the copy of defaultModel.json):
 * the schema exists and is concrete, each property exists on it or on a schema it
 * extends, and each value fits the property's type and length; entity references point to
 * emitted entities of the property's range.
 */
final class FtmModel {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JsonNode schemata;

	private final JsonNode types;

	FtmModel() {
		try (InputStream in = FtmModel.class.getResourceAsStream("/exchange/ftm/defaultModel.json")) {
			JsonNode model = JSON.readTree(in);
			this.schemata = model.get("schemata");
			this.types = model.get("types");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every problem of the entities, one line each; empty when they all fit the model.
	 */
	List<String> problems(List<JsonNode> entities) {
		List<String> problems = new ArrayList<>();
		Map<String, String> schemaById = new java.util.HashMap<>();
		for (JsonNode entity : entities) {
			String id = entity.path("id").asText("");
			if (id.isEmpty() || schemaById.put(id, entity.path("schema").asText()) != null) {
				problems.add("missing or repeated id " + id);
			}
		}
		for (JsonNode entity : entities) {
			String id = entity.path("id").asText();
			String schemaName = entity.path("schema").asText();
			JsonNode schema = this.schemata.get(schemaName);
			if (schema == null) {
				problems.add(id + ": unknown schema " + schemaName);
				continue;
			}
			if (schema.path("abstract").asBoolean(false)) {
				problems.add(id + ": schema " + schemaName + " is abstract");
			}
			var fields = entity.path("properties").properties();
			for (Map.Entry<String, JsonNode> property : fields) {
				JsonNode definition = property(schema, property.getKey());
				if (definition == null) {
					problems.add(id + ": " + schemaName + " has no property " + property.getKey());
					continue;
				}
				if (!property.getValue().isArray() || property.getValue().isEmpty()) {
					problems.add(id + ": " + property.getKey() + " is not a non-empty list of values");
					continue;
				}
				for (JsonNode value : property.getValue()) {
					String problem = valueProblem(definition, value, schemaById);
					if (problem != null) {
						problems.add(id + ": " + property.getKey() + " " + problem);
					}
				}
			}
		}
		return problems;
	}

	/**
	 * The property on the schema or any schema it extends (the model lists them in
	 * "schemata").
	 */
	private JsonNode property(JsonNode schema, String name) {
		for (JsonNode ancestor : schema.path("schemata")) {
			JsonNode definition = this.schemata.path(ancestor.asText()).path("properties").get(name);
			if (definition != null) {
				return definition;
			}
		}
		return null;
	}

	private String valueProblem(JsonNode definition, JsonNode value, Map<String, String> schemaById) {
		if (!value.isTextual() || value.asText().isBlank()) {
			return "value " + value + " is not a non-empty string";
		}
		String text = value.asText();
		String type = definition.path("type").asText();
		int maxLength = definition.path("maxLength")
			.asInt(this.types.path(type).path("maxLength").asInt(Integer.MAX_VALUE));
		if (text.length() > maxLength) {
			return "value is " + text.length() + " characters, over " + maxLength;
		}
		switch (type) {
			case "entity" -> {
				String target = schemaById.get(text);
				if (target == null) {
					return "points to " + text + ", which is not exported";
				}
				String range = definition.path("range").asText();
				if (!descends(target, range)) {
					return "points to a " + target + ", not a " + range;
				}
			}
			case "date" -> {
				if (!text.matches("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?")) {
					return "'" + text + "' is not an ISO date prefix";
				}
			}
			case "number" -> {
				try {
					new BigDecimal(text);
				}
				catch (NumberFormatException ex) {
					return "'" + text + "' is not a number";
				}
			}
			case "url" -> {
				try {
					URI uri = new URI(text);
					if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
						return "'" + text + "' is not a web address";
					}
				}
				catch (java.net.URISyntaxException ex) {
					return "'" + text + "' is not a URL";
				}
			}
			case "checksum" -> {
				if (!text.matches("[0-9a-f]{40}")) {
					return "'" + text + "' is not a SHA-1 checksum";
				}
			}
			default -> {
				// string, text and name: any non-empty text within the length
			}
		}
		return null;
	}

	private boolean descends(String schema, String range) {
		Set<String> ancestors = new HashSet<>();
		this.schemata.path(schema).path("schemata").forEach(s -> ancestors.add(s.asText()));
		return ancestors.contains(range);
	}

}
