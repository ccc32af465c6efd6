package org.crosscheck.ledger;

/**
 * The words a contract or event rests on: an annotation and where it stands.
 *
 * @param annotation the annotation's id
 * @param source the source's id
 * @param exact the annotated words
 * @param start offset in the source's cleaned text (null for an orphan)
 * @param end offset after the span
 */
public record Evidence(int annotation, int source, String exact, Integer start, Integer end) {
}
