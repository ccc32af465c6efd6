package org.crosscheck.extraction;

/**
 * A stored suggestion awaiting review.
 *
 * @param id its number in the dataset
 * @param source the source's id
 * @param kind entity, money, date, quote, contract or event
 * @param exact the words
 * @param start offset in the cleaned text
 * @param end offset after the words
 * @param label what the suggesters make of the words, in one line
 * @param status pending, accepted or rejected
 * @param annotation the annotation it became, once accepted
 * @param value the structured value as JSON
 */
public record SuggestionView(int id, int source, String kind, String exact, int start, int end, String label,
		String status, Integer annotation, String value) {
}
