package org.crosscheck.shell.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a bundle file written by {@code export bundle} holds, read as plain ZIP and JSON.
 */
record BundleFile(String dataset, Map<String, Integer> counts, List<Source> sources, JsonNode annotations,
		JsonNode discrepancies) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One source as the bundle carries it. */
	record Source(int num, String contentHash, String rawText, String cleanText, String fileName) {
	}

	static BundleFile read(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			JsonNode manifest = JSON.readTree(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
			Map<String, Integer> counts = new TreeMap<>();
			manifest.get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
			JsonNode sources = JSON.readTree(zip.getInputStream(zip.getEntry("sources.json")).readAllBytes());
			List<Source> list = new ArrayList<>();
			for (JsonNode s : sources) {
				list.add(new Source(s.get("num").asInt(), text(s, "contentHash"), text(s, "rawText"),
						text(s, "cleanText"), text(s, "fileName")));
			}
			JsonNode annotations = JSON.readTree(zip.getInputStream(zip.getEntry("annotations.json")).readAllBytes());
			JsonNode discrepancies = JSON
				.readTree(zip.getInputStream(zip.getEntry("discrepancies.json")).readAllBytes());
			return new BundleFile(manifest.get("dataset").asString(), counts, list, annotations, discrepancies);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

}
