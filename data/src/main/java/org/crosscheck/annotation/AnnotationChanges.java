package org.crosscheck.annotation;

import java.util.List;

/** Changes to an annotation's body; null fields stay as they are. */
public record AnnotationChanges(AnnotationKind kind, String note, List<String> tags) {
}
