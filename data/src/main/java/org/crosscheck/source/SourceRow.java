package org.crosscheck.source;

import java.time.OffsetDateTime;

/**
 * A source with every column, as a bundle copies it: its key, number and uid, its
 * metadata and both texts.
 *
 * @param key the database key (ignored when the row is inserted)
 */
public record SourceRow(long key, int num, String uid, String title, String outlet, String url, String author,
		String published, OffsetDateTime publishedAt, OffsetDateTime retrievedAt, String contentHash, String format,
		String fileName, String rawText, String cleanText) {
}
