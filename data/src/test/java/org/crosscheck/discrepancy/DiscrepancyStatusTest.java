package org.crosscheck.discrepancy;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.extraction.SuggestionStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscrepancyStatusTest {

	@Test
	void aMergedDecisionIsAdoptedOverOpenAndTwoDecisionsContradict() {
		assertThat(DiscrepancyStatus.OPEN.mergedWith(DiscrepancyStatus.DISMISSED))
			.isEqualTo(DiscrepancyStatus.DISMISSED);
		assertThat(DiscrepancyStatus.CONFIRMED.mergedWith(DiscrepancyStatus.OPEN))
			.isEqualTo(DiscrepancyStatus.CONFIRMED);
		assertThat(DiscrepancyStatus.CONFIRMED.mergedWith(DiscrepancyStatus.DISMISSED))
			.isEqualTo(DiscrepancyStatus.CONFIRMED);
		assertThat(DiscrepancyStatus.CONFIRMED.contradicts(DiscrepancyStatus.DISMISSED)).isTrue();
		assertThat(DiscrepancyStatus.OPEN.contradicts(DiscrepancyStatus.DISMISSED)).isFalse();
	}

	@Test
	void statusesAndKindsAreTypedByTheirLowerCaseNames() {
		assertThat(DiscrepancyStatus.of(" Confirmed ")).isEqualTo(DiscrepancyStatus.CONFIRMED);
		assertThat(DiscrepancyKind.keys()).containsExactly("wording", "quote", "number", "date", "attribution",
				"omission");
		assertThatThrownBy(() -> DiscrepancyStatus.of("maybe")).isInstanceOf(CrosscheckException.class)
			.hasMessage("unknown status 'maybe'; use open, confirmed, dismissed or resolved");
	}

	@Test
	void onlyAPendingSuggestionCanBeAcceptedOrRejected() {
		assertThat(SuggestionStatus.PENDING.accept()).isEqualTo(SuggestionStatus.ACCEPTED);
		assertThat(SuggestionStatus.PENDING.reject()).isEqualTo(SuggestionStatus.REJECTED);
		assertThatThrownBy(SuggestionStatus.ACCEPTED::reject).isInstanceOf(IllegalStateException.class);
	}

}
