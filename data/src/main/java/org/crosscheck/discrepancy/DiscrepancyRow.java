package org.crosscheck.discrepancy;

import java.time.OffsetDateTime;

/**
 * A discrepancy with every column, as a bundle copies it: the sources of its two sides by
 * database key, the passages of a many-sided one as stored (JSON, sources by number).
 *
 * @param key the database key (ignored when the row is inserted)
 */
public record DiscrepancyRow(long key, int num, String uid, String kind, String severity, String status,
		String raisedBy, String fingerprint, String summary, String diff, Long leftSource, Integer leftStart,
		Integer leftEnd, String leftExact, Long rightSource, Integer rightStart, Integer rightEnd, String rightExact,
		String spansJson, String notes, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
