package org.crosscheck.annotation;

import java.util.List;

/**
 * A span to annotate, given by quoting its words.
 *
 * @param source the source's id
 * @param exact the words, as they stand in the source
 * @param kind what the span is
 * @param note a comment, or null
 * @param tags tags, possibly empty
 * @param occurrence which occurrence when the words occur more than once (1-based), or
 * null
 */
public record NewAnnotation(int source, String exact, AnnotationKind kind, String note, List<String> tags,
		Integer occurrence) {
}
