package org.crosscheck.extraction;

import java.math.BigDecimal;

/**
 * An amount of money as exact decimal and ISO 4217 currency ("$18.8 million" is 18800000
 * USD).
 */
public record MoneyValue(BigDecimal amount, String currency) {
}
