package org.crosscheck.annotation;

import java.util.List;

/**
 * An annotation as users see it.
 *
 * @param id its number in the dataset
 * @param uid its identity across bundles
 * @param source the annotated source's id
 * @param kind quote, claim, money, date, entity or note
 * @param exact the annotated words
 * @param prefix the words just before (text-quote selector)
 * @param suffix the words just after
 * @param start offset of the span in the cleaned text, null for an orphan (text-position
 * selector)
 * @param end offset after the span, null for an orphan
 * @param anchor how it is anchored: exact, quote, fuzzy or orphan
 * @param confidence 1.0 unless anchored approximately
 * @param note the user's comment
 * @param tags tags
 * @param value the structured value of a money, date or entity span (JSON), or null
 * @param author who made it
 * @param origin user or suggestion
 * @param created when, ISO-8601 instant
 * @param modified when last changed
 */
public record AnnotationView(int id, String uid, int source, String kind, String exact, String prefix, String suffix,
		Integer start, Integer end, String anchor, double confidence, String note, List<String> tags, String value,
		String author, String origin, String created, String modified) {

	public boolean orphan() {
		return "orphan".equals(this.anchor);
	}

}
