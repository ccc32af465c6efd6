package org.crosscheck.extraction;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An entity with every column and its aliases, as a bundle copies it.
 *
 * @param key the database key (ignored when the row is inserted)
 */
public record EntityRow(long key, int num, String uid, String kind, String name, List<String> aliases,
		OffsetDateTime createdAt) {
}
