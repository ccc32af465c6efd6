package org.crosscheck.extraction;

/**
 * A contract as one or two sentences of a source describe it, shaped like a federal award
 * record: who sells, who buys, the obligated amount, the potential total, and the dates.
 *
 * @param vendor canonical name of the company that received the contract
 * @param agency canonical name of the public body that awarded it, or null
 * @param obligated the amount awarded ("$90.7 million contract")
 * @param ceiling the potential total with all options ("could increase its total value to
 * $165.2 million"), or null
 * @param awardDate when it was awarded ("in 2021"), or null
 * @param periodEnd when its current period ends ("runs until September"), or null
 * @param optionsEnd when its options end ("a possible extension until 2032"), or null
 * @param purpose what it pays for ("provide IT and network solutions, ..."), or null
 * @param evidenceStart offset of the first character of the sentence(s) it comes from
 * @param evidenceEnd offset after the last character of the sentence(s) it comes from
 */
public record ContractDraft(String vendor, String agency, MoneyValue obligated, MoneyValue ceiling, DateValue awardDate,
		DateValue periodEnd, DateValue optionsEnd, String purpose, int evidenceStart, int evidenceEnd) {
}
