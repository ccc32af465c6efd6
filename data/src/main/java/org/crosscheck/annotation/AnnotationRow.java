package org.crosscheck.annotation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An annotation with every column, as a bundle or an import of other tools' annotations
 * copies it: the source and entity by their database keys.
 *
 * @param key the database key (ignored when the row is inserted)
 * @param entityKey the entity named, or null
 */
public record AnnotationRow(long key, int num, String uid, long sourceKey, String kind, String exact, String prefix,
		String suffix, Integer start, Integer end, String anchor, double confidence, String note, List<String> tags,
		String valueJson, Long entityKey, String author, String origin, OffsetDateTime createdAt,
		OffsetDateTime modifiedAt) {
}
