package org.crosscheck.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The MUST assertions of the W3C Web Annotation test suite (annotationMusts.test), loaded
 * from the copy in the test resources: each assertion is a draft-04 schema whose relative
 * $refs name the suite's definitions; they are resolved to the copied files by name.
 */
final class W3cAssertions {

	private static final String BASE = "https://w3c.test/annotation-model/";

	private static final String COPY = "classpath:exchange/w3c/";

	private static final Set<String> DEFINITIONS = Set.of("annotations.json", "bodyTarget.json", "choiceSet.json",
			"collections.json", "id.json", "otherProperties.json", "specificResource.json");

	static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * One assertion: its file, whether it must validate, and the suite's message when it
	 * does not.
	 */
	record Assertion(String file, JsonSchema schema, boolean expectValid, String errorMessage) {
	}

	static List<Assertion> musts() {
		JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
				builder -> builder.schemaMappers(mappers -> mappers.mappings(W3cAssertions::local)));
		SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
		JsonNode test = read("annotations/annotationMusts.test");
		List<Assertion> assertions = new ArrayList<>();
		for (JsonNode file : test.get("assertions")) {
			JsonNode assertion = read(file.asText());
			if (!"must".equals(assertion.path("assertionType").asText())) {
				continue;
			}
			JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + file.asText()), config);
			assertions.add(new Assertion(file.asText(), schema,
					!"invalid".equals(assertion.path("expectedResult").asText("valid")),
					assertion.path("errorMessage").asText()));
		}
		return assertions;
	}

	/**
	 * The failures of one annotation: "assertion file: suite message (validator
	 * messages)".
	 */
	static List<String> failures(List<Assertion> assertions, JsonNode annotation) {
		List<String> failures = new ArrayList<>();
		for (Assertion assertion : assertions) {
			Set<ValidationMessage> messages = assertion.schema().validate(annotation);
			if (messages.isEmpty() != assertion.expectValid()) {
				failures.add(assertion.file() + ": " + assertion.errorMessage() + " " + messages);
			}
		}
		return failures;
	}

	/**
	 * Maps the suite's addresses to the copied files; definitions are found by their name
	 * wherever referenced from.
	 */
	private static String local(String iri) {
		if (!iri.startsWith(BASE)) {
			return null;
		}
		String path = iri.substring(BASE.length());
		String name = path.substring(path.lastIndexOf('/') + 1);
		return DEFINITIONS.contains(name) ? COPY + "definitions/" + name : COPY + path;
	}

	private static JsonNode read(String path) {
		try (InputStream in = W3cAssertions.class.getResourceAsStream("/exchange/w3c/" + path)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource exchange/w3c/" + path);
			}
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
