package org.crosscheck.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.discrepancy.internal.ChangeKind;
import org.crosscheck.discrepancy.internal.WordDiff;
import org.crosscheck.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** How word changes between two versions of a sentence are classified and rendered. */
class WordDiffTest {

	private static WordDiff diff(String a, String b) {
		return WordDiff.of(Tokenizer.tokens(a), Tokenizer.tokens(b));
	}

	@Test
	void treatsBritishAndAmericanSpellingAsTrivial() {
		assertThat(diff("The team will analyse the colour of the centre and organise a programme.",
				"The team will analyze the color of the center and organize a program.")
			.gravest()).isEqualTo(ChangeKind.TRIVIAL);
	}

	@Test
	void treatsPunctuationCaseQuotesAndAcronymDotsAsTrivial() {
		assertThat(diff("The U.S. agency said “no comment”, officials added.",
				"the US agency said \"no comment\" officials added")
			.gravest()).isEqualTo(ChangeKind.TRIVIAL);
	}

	@Test
	void treatsNumbersInWordsAndDigitsOfEqualValueAsTrivial() {
		assertThat(diff("Three people and 3,000 workers were hurt.", "3 people and 3000 workers were hurt.").gravest())
			.isEqualTo(ChangeKind.TRIVIAL);
	}

	@Test
	void classifiesADifferentAmountAsNumber() {
		assertThat(diff("The firm received $18.8 million in April.", "The firm received $19.8 million in April.")
			.gravest()).isEqualTo(ChangeKind.NUMBER);
	}

	@Test
	void classifiesANewScaleWordAsNumber() {
		assertThat(diff("The contract is worth $2 million.", "The contract is worth $2 billion.").gravest())
			.isEqualTo(ChangeKind.NUMBER);
	}

	@Test
	void classifiesAnAddedNotAsNegation() {
		assertThat(diff("The agency is using the tool.", "The agency is not using the tool.").gravest())
			.isEqualTo(ChangeKind.NEGATION);
	}

	@Test
	void doesNotCallAMovedNegationANegationChange() {
		assertThat(diff("It does not believe the claim.", "It did not think the claim.").gravest())
			.isNotEqualTo(ChangeKind.NEGATION);
	}

	@Test
	void classifiesAnAddedHedgeAsHedge() {
		assertThat(diff("The ministry approved the deal.", "The ministry reportedly approved the deal.").gravest())
			.isEqualTo(ChangeKind.HEDGE);
		assertThat(diff("The agency uses the data.", "The agency may use the data.").gravest())
			.isEqualTo(ChangeKind.HEDGE);
	}

	@Test
	void classifiesAStrongerWordOfChangeAsIntensity() {
		assertThat(diff("Prices rose last year.", "Prices soared last year.").gravest())
			.isEqualTo(ChangeKind.INTENSITY);
		assertThat(diff("The budget grew.", "The budget swelled.").gravest()).isEqualTo(ChangeKind.INTENSITY);
	}

	@Test
	void classifiesAnotherActionAsVerb() {
		assertThat(diff("The board approved the merger.", "The board rejected the merger.").gravest())
			.isEqualTo(ChangeKind.VERB);
	}

	@Test
	void leavesChangesOfTimeWordsToTheDateCheck() {
		assertThat(diff("In September 2025, the company acted.", "Last September, the company acted.").gravest())
			.isEqualTo(ChangeKind.TEMPORAL);
	}

	@Test
	void rendersRemovedAndAddedWords() {
		String a = "It had suspended certain services.";
		String b = "It had disabled some services.";
		assertThat(diff(a, b).render(a, 0, a.length(), b))
			.isEqualTo("It had [-suspended certain-]{+disabled some+} services.");
	}

}
