package org.crosscheck.exchange.internal;

import java.time.Instant;
import java.util.List;

/**
 * An annotation read from another tool, before it is anchored to a source.
 *
 * @param label how the import's report names it ("item 3")
 * @param uid its identity: from its urn:uuid id, or derived from its foreign id so a
 * re-import adds nothing
 * @param target the address of the annotated document
 * @param exact the quoted words (text-quote selector), or null
 * @param prefix words before, or null
 * @param suffix words after, or null
 * @param start the position selector's start in Unicode code points, or null
 * @param end the position selector's end, or null
 * @param kind the Crosscheck kind (quote, claim, ..., note)
 * @param note the comment
 * @param tags tags
 * @param author who made it
 * @param created when
 * @param modified when last changed
 */
public record ForeignAnnotation(String label, String uid, String target, String exact, String prefix, String suffix,
		Integer start, Integer end, String kind, String note, List<String> tags, String author, Instant created,
		Instant modified) {
}
