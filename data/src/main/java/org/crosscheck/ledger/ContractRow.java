package org.crosscheck.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A contract with every column, as a bundle copies it.
 *
 * @param key the database key (ignored when the row is inserted)
 */
public record ContractRow(long key, int num, String uid, String vendor, String agency, String currency,
		BigDecimal obligated, BigDecimal ceiling, String awardDate, String awardPrecision, String periodEnd,
		String periodPrecision, String optionsEnd, String optionsPrecision, String purpose, OffsetDateTime createdAt) {
}
