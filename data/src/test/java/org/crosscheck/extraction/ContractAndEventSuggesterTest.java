package org.crosscheck.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.crosscheck.extraction.internal.ContractSuggester;
import org.crosscheck.extraction.internal.EventSuggester;

import org.junit.jupiter.api.Test;

/** Tests contract and event drafts on sentences beyond the seeds. */
class ContractAndEventSuggesterTest {

	private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 10);

	@Test
	void draftsAContractWithCeilingOptionsAndAgencyFromTheSentence() {
		List<ContractDraft> drafts = ContractSuggester.suggest(
				"Officials said the Department of Energy awarded Acme Holdings Inc a $12.5 million contract in March 2024 "
						+ "to build turbines, worth up to $40 million with options through 2030.",
				PUBLISHED);
		assertThat(drafts).hasSize(1);
		ContractDraft draft = drafts.getFirst();
		assertThat(draft.vendor()).isEqualTo("Acme Holdings Inc");
		assertThat(draft.agency()).isEqualTo("Department of Energy");
		assertThat(draft.obligated().amount()).isEqualTo(new BigDecimal("12500000"));
		assertThat(draft.ceiling().amount()).isEqualTo(new BigDecimal("40000000"));
		assertThat(draft.awardDate().start()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(draft.awardDate().precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(draft.optionsEnd().end()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(draft.periodEnd()).isNull();
		assertThat(draft.purpose()).startsWith("build turbines");
	}

	@Test
	void readsTheCeilingFromCeilingOfAndPotentialValueOf() {
		ContractDraft draft = ContractSuggester
			.suggest("Officials said Globex Corp won a €3m deal with a ceiling of €9m from the Ministry of Defence.",
					PUBLISHED)
			.getFirst();
		assertThat(draft.obligated()).isEqualTo(new MoneyValue(new BigDecimal("3000000"), "EUR"));
		assertThat(draft.ceiling()).isEqualTo(new MoneyValue(new BigDecimal("9000000"), "EUR"));
		assertThat(draft.agency()).isEqualTo("Ministry of Defence");
	}

	@Test
	void takesTheAgencyFromAnEarlierSentenceWhenTheContractSentenceHasNone() {
		String text = "Several firms hold contracts with the Food and Drug Administration. "
				+ "Initech signed a $2 million agreement in 2023 for data hosting.";
		ContractDraft draft = ContractSuggester.suggest(text, PUBLISHED).getFirst();
		assertThat(draft.vendor()).isEqualTo("Initech");
		assertThat(draft.agency()).isEqualTo("Food and Drug Administration");
		assertThat(draft.purpose()).isEqualTo("data hosting");
		assertThat(draft.evidenceStart()).isEqualTo(text.indexOf("Initech"));
	}

	@Test
	void ignoresMoneyWithoutAContractWord() {
		assertThat(
				ContractSuggester.suggest("Officials said Acme Holdings Inc earned $5 million last year.", PUBLISHED))
			.isEmpty();
	}

	@Test
	void ignoresAContractWithoutAVendor() {
		assertThat(ContractSuggester.suggest("The agency signed a $5 million contract in 2020.", PUBLISHED)).isEmpty();
	}

	@Test
	void draftsAnEventForEachDatedSentenceWithAVerb() {
		List<EventDraft> events = EventSuggester.suggest(
				"Officials said Globex Corp opened a plant in April 2024. Quarterly results\nMarch 2025\nThe plant closed last month.",
				PUBLISHED);
		assertThat(events).hasSize(2);
		assertThat(events.get(0).date().start()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(events.get(0).entities()).containsExactly("Globex Corp");
		assertThat(events.get(0).description()).isEqualTo("Officials said Globex Corp opened a plant in April 2024.");
		assertThat(events.get(1).date().start()).isEqualTo(LocalDate.of(2025, 5, 1));
	}

	@Test
	void keepsEventsWhoseDateWaitsForAPublicationDate() {
		List<EventDraft> events = EventSuggester.suggest("The plant closed last month.", null);
		assertThat(events).hasSize(1);
		assertThat(events.getFirst().date().status()).isEqualTo(DateStatus.UNRESOLVED);
	}

}
