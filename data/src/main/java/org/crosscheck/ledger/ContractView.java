package org.crosscheck.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * A contract with its values, dates and evidence.
 *
 * @param id its number in the dataset
 * @param uid identity across bundles
 * @param vendor who is paid
 * @param agency who pays
 * @param currency ISO 4217 code
 * @param obligated the value committed
 * @param ceiling the potential total with all options
 * @param awarded award date at its precision (2025-04, 2021)
 * @param periodEnd end of the current period
 * @param optionsEnd end of all options
 * @param purpose what it pays for
 * @param evidence the annotations it rests on
 */
public record ContractView(int id, String uid, String vendor, String agency, String currency, BigDecimal obligated,
		BigDecimal ceiling, String awarded, String periodEnd, String optionsEnd, String purpose,
		List<Evidence> evidence) {
}
