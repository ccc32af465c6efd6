package org.crosscheck.exchange.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mappers of the exchange formats: output with sorted keys (so that the same
 * data gives the same bytes), input with limits (so that a hostile file cannot exhaust
 * the stack).
 */
public final class Json {

	/**
	 * Deepest nesting read from a shared file; Crosscheck's own formats need 6, W3C
	 * annotations about 8.
	 */
	public static final int MAX_DEPTH = 32;

	private static final JsonMapper MAPPER = create();

	private Json() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

	private static JsonMapper create() {
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_DEPTH)
				// Sizes are bounded by the caller's byte limits, not here: an article can
				// be long.
				.maxStringLength(Integer.MAX_VALUE)
				.maxDocumentLength(-1)
				.build())
			.build();
		return JsonMapper.builder(factory)
			.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			// Otherwise record components come first in declaration order, and keys would
			// not be sorted.
			.disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();
	}

	/**
	 * Pretty output with a fixed line feed, so that files are the same on every system.
	 */
	public static tools.jackson.databind.ObjectWriter pretty() {
		DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
		return MAPPER.writer()
			.with(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
	}

	/**
	 * Whether a Jackson failure is the nesting limit, so that the refusal can name it.
	 */
	public static boolean tooDeep(RuntimeException ex) {
		String message = ex.getMessage();
		return ex instanceof StreamConstraintsException && message != null && message.contains("nesting depth");
	}

}
