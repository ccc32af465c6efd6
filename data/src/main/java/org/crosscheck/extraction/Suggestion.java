package org.crosscheck.extraction;

/**
 * One thing the suggesters found in a text, for the user to accept or reject.
 *
 * @param kind what it is
 * @param start offset of its first character in the text
 * @param end offset after its last character
 * @param exact the words, {@code text.substring(start, end)}
 * @param value a {@link MoneyValue}, {@link DateValue}, {@link EntityValue} or
 * {@link QuoteValue}
 */
public record Suggestion(SuggestionKind kind, int start, int end, String exact, Object value) {
}
