package org.crosscheck.ledger.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventLabelTests {

	@Test
	void aShortDescriptionIsItsOwnLabel() {
		assertThat(EventLabel.of("Contract signed with  Dell.")).isEqualTo("Contract signed with Dell");
		assertThat(EventLabel.of(null)).isEmpty();
	}

	@Test
	void aSentenceIsLabelledByItsSubjectVerbAndObject() {
		assertThat(EventLabel.of("AT&T secured a $90.7 million contract in 2021 to provide IT and network solutions, "
				+ "along with support services."))
			.isEqualTo("AT&T secured a $90.7 million contract");
		assertThat(EventLabel.of("Palantir was awarded a $139.3 million contract in 2022 for investigative case "
				+ "management operations, maintenance support and custom enhancements."))
			.isEqualTo("Palantir was awarded a $139.3 million contract");
		assertThat(EventLabel.of("The contract runs until September, with a possible extension until 2032 that could "
				+ "increase its total value to $165.2 million."))
			.isEqualTo("The contract runs until September");
	}

	@Test
	void aLeadingDateIsDroppedAndAReportedStatementKeepsItsSpeakerOnlyForAPronoun() {
		assertThat(EventLabel.of("In September 2025, the company said it had suspended certain services used by an "
				+ "Israeli military unit after preliminary evidence supported a media investigation."))
			.startsWith("The company said it had suspended certain services");
		assertThat(EventLabel.of("The report, based on leaked documents, said ICE more than tripled the amount of data "
				+ "stored on Microsoft’s Azure cloud platform in the six months leading up to January 2026."))
			.isEqualTo("ICE more than tripled the amount of data stored");
		assertThat(EventLabel.of("Microsoft said on Wednesday it did not think the U.S. Immigration and Customs "
				+ "Enforcement agency was using its technology for mass surveillance of civilians."))
			.startsWith("Microsoft said it did not think");
	}

	@Test
	void aLongLabelIsCutBetweenWordsWithAnEllipsis() {
		String label = EventLabel.of("Billions of dollars of procurement records across numerous "
				+ "departments, agencies, oversight boards and the regional offices of the agency");
		assertThat(label).hasSizeLessThanOrEqualTo(EventLabel.MAX_LENGTH).endsWith("…").doesNotEndWith(" the…");
	}

}
