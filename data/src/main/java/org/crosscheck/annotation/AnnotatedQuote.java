package org.crosscheck.annotation;

/**
 * A quote a person annotated by hand and still anchored: what the check compares besides
 * the quotes it finds.
 */
public record AnnotatedQuote(long sourceKey, int start, int end, String exact) {
}
