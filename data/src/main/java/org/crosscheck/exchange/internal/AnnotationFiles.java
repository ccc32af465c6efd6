package org.crosscheck.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.crosscheck.common.CrosscheckException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the bytes of an annotation file (W3C Web Annotations or Hypothesis) into foreign
 * annotations, before the database is touched: a file that is not JSON, nests too deep or
 * is of neither shape is refused whole, one item that cannot be read is refused alone.
 */
public final class AnnotationFiles {

	/** The annotations read and, one line each, the items refused. */
	public record Read(List<ForeignAnnotation> annotations, List<String> refused) {
	}

	private AnnotationFiles() {
	}

	public static Read w3c(String fileName, byte[] bytes) {
		return read(fileName, bytes, "W3C Web Annotation", WebAnnotations::read);
	}

	public static Read hypothesis(String fileName, byte[] bytes) {
		return read(fileName, bytes, "Hypothesis", HypothesisAnnotations::read);
	}

	private static Read read(String fileName, byte[] bytes, String format,
			BiFunction<JsonNode, List<String>, List<ForeignAnnotation>> reader) {
		JsonNode root;
		try {
			root = Json.mapper().readTree(bytes);
		}
		catch (JacksonException ex) {
			if (Json.tooDeep(ex)) {
				throw CrosscheckException.invalid(fileName + " nests JSON deeper than the limit of " + Json.MAX_DEPTH
						+ " levels; no " + format + " needs that many, so nothing was imported");
			}
			throw CrosscheckException
				.invalid(fileName + " is not JSON (" + firstLine(ex.getOriginalMessage()) + "); nothing was imported");
		}
		List<String> refused = new ArrayList<>();
		try {
			return new Read(reader.apply(root, refused), refused);
		}
		catch (IllegalArgumentException ex) {
			throw CrosscheckException.invalid(
					fileName + " cannot be imported as " + format + ": " + ex.getMessage() + "; nothing was imported");
		}
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.lines().findFirst().orElse("");
	}

}
