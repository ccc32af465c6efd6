package org.crosscheck.discrepancy;

/**
 * Two sentences of two sources that tell the same thing.
 *
 * @param a the sentence in the first source
 * @param b the sentence in the second source
 * @param similarity weighted similarity of their words, 0..1
 * @param diff the word-level difference, {@code [-a only-]{+b only+}}; empty when the
 * words are the same
 */
public record SentencePair(Span a, Span b, double similarity, String diff) {
}
