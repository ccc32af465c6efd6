package org.crosscheck.discrepancy;

/**
 * Words of a source that a discrepancy points at.
 *
 * @param source the source's id
 * @param start offset in its cleaned text
 * @param end offset after the words
 * @param exact the words
 */
public record SpanView(int source, Integer start, Integer end, String exact) {
}
