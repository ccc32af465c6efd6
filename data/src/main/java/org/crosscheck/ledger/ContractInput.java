package org.crosscheck.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.crosscheck.common.PartialDate;

/**
 * A contract as a user or a suggestion states it; on edit, null fields stay as they are.
 *
 * @param vendor who is paid
 * @param agency who pays (awarding agency)
 * @param currency ISO 4217 code
 * @param obligated the value committed (obligation)
 * @param ceiling the potential total with all options
 * @param awarded when it was awarded
 * @param periodEnd end of the current period of performance
 * @param optionsEnd end of the period if every option is exercised
 * @param purpose what it pays for
 * @param evidence ids of the annotations it rests on
 */
public record ContractInput(String vendor, String agency, String currency, BigDecimal obligated, BigDecimal ceiling,
		PartialDate awarded, PartialDate periodEnd, PartialDate optionsEnd, String purpose, List<Integer> evidence) {
}
