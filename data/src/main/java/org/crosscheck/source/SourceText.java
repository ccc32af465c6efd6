package org.crosscheck.source;

/**
 * What other features need of a source to anchor and extract: its keys, cleaned text and
 * publication date.
 *
 * @param key the database key (for references between records)
 * @param id the source's number in its dataset
 * @param text the cleaned text
 * @param published ISO date or date-time, or null
 */
public record SourceText(long key, int id, String text, String published) {

	/**
	 * The publication day, against which relative dates resolve; null when the source has
	 * none.
	 */
	public java.time.LocalDate publishedDay() {
		return this.published == null ? null : org.crosscheck.source.internal.Published.parse(this.published).day();
	}

}
