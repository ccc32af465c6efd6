package org.crosscheck.ledger;

import java.math.BigDecimal;

/**
 * One bar pair of the contracts chart: a vendor's obligated value and ceiling in one
 * currency.
 */
public record VendorTotal(String vendor, String currency, BigDecimal obligated, BigDecimal ceiling, int contracts) {
}
