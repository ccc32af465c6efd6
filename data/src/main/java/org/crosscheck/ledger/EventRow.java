package org.crosscheck.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An event with every column, as a bundle copies it.
 *
 * @param key the database key (ignored when the row is inserted)
 */
public record EventRow(long key, int num, String uid, LocalDate start, LocalDate end, String precision, String status,
		String dateText, String description, List<String> entities, OffsetDateTime createdAt) {
}
