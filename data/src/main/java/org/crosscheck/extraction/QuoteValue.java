package org.crosscheck.extraction;

/**
 * A quoted passage and who said it, when the sentence says so.
 *
 * @param text the quoted words without the quote marks
 * @param speaker the speaker as named ("a Microsoft spokesperson", "the company"), or
 * null
 */
public record QuoteValue(String text, String speaker) {
}
