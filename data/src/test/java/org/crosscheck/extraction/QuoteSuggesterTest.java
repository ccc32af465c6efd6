package org.crosscheck.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tests the quote finder: quote marks, scare quotes and speakers. */
class QuoteSuggesterTest {

	private static QuoteValue only(String text) {
		List<Suggestion> found = QuoteSuggester.suggest(text);
		assertThat(found).as("quotes in: %s", text).hasSize(1);
		return (QuoteValue) found.getFirst().value();
	}

	@Test
	void findsTheSpeakerAfterACurlyQuote() {
		QuoteValue quote = only("“We do not believe ICE is engaged in such activity,” the spokesperson said.");
		assertThat(quote.text()).isEqualTo("We do not believe ICE is engaged in such activity");
		assertThat(quote.speaker()).isEqualTo("the spokesperson");
	}

	@Test
	void findsANounPhraseSpeakerWithAnOrganisationInside() {
		QuoteValue quote = only(
				"\"We provide tools through our partners,\" a Microsoft spokesperson said in a statement.");
		assertThat(quote.speaker()).isEqualTo("a Microsoft spokesperson");
	}

	@Test
	void findsTheSpeakerAfterSaid() {
		assertThat(only("\"We will win this fight,\" said Trump.").speaker()).isEqualTo("Trump");
		assertThat(only("\"We will win this fight,\" said the company's lawyer.").speaker())
			.isEqualTo("the company's lawyer");
	}

	@Test
	void takesARoleInLowerCaseWithTheNameAfterIt() {
		assertThat(only("\"The depot will be built by spring,\" said councillor Dev Anand.").speaker())
			.isEqualTo("councillor Dev Anand");
		assertThat(only("“We expect the first trucks in May,” said Harrowgate chief executive Irene Vasquez on Monday.")
			.speaker()).isEqualTo("Harrowgate chief executive Irene Vasquez");
		assertThat(only("“Nobody asked the residents,” added deputy mayor Kofi Mensah, who voted against.").speaker())
			.isEqualTo("deputy mayor Kofi Mensah");
	}

	@Test
	void takesNoTimeOrPlaceAfterTheVerbForASpeaker() {
		assertThat(only("“The vote is final and the money is committed,” said on Wednesday the council's leader.")
			.speaker()).isNotEqualTo("on Wednesday");
		for (String after : List.of("said last Thursday.", "told reporters Monday.", "said early January.",
				"said in a statement to Reuters.")) {
			String speaker = only("“The money is committed and the work will start,” " + after).speaker();
			assertThat(speaker).as(after)
				.isNotIn("last Thursday", "reporters Monday", "early January", "in a statement to Reuters");
		}
	}

	@Test
	void findsTheSpeakerBeforeTheQuote() {
		assertThat(only("Trump said: \"We will win this fight for sure.\"").speaker()).isEqualTo("Trump");
		assertThat(only("Microsoft has said it does not use its technology for “mass surveillance of civilians”.")
			.speaker()).isEqualTo("Microsoft");
	}

	@Test
	void findsTheSpeakerNamedWithAccordingTo() {
		assertThat(
				only("The tools were “used for mass surveillance of civilians”, according to The Guardian.").speaker())
			.isEqualTo("The Guardian");
	}

	@Test
	void keepsAShortQuoteWhenItIsAttributed() {
		QuoteValue quote = only("The company said the courts should draw \"clear legal lines\" on technology.");
		assertThat(quote.text()).isEqualTo("clear legal lines");
		assertThat(quote.speaker()).isEqualTo("The company");
	}

	@Test
	void ignoresUnattributedScareQuotes() {
		assertThat(QuoteSuggester
			.suggest("He tried to excise the “canker” of vote-buying and a “looming scandal” at the board.")).isEmpty();
	}

	@Test
	void keepsALongUnattributedQuoteWithoutSpeaker() {
		assertThat(only("The sign read “no entry for anyone after dark here”.").speaker()).isNull();
	}

	@Test
	void takesTheSpeakerOfThePreviousParagraphForAQuoteOnlyParagraph() {
		String text = "\"We provide tools to the agency,\" a Microsoft spokesperson said in a statement.\n"
				+ "\"Our terms of service do not allow mass surveillance of civilians.\"\n";
		List<Suggestion> found = QuoteSuggester.suggest(text);
		assertThat(found).hasSize(2);
		assertThat(((QuoteValue) found.get(1).value()).speaker()).isEqualTo("a Microsoft spokesperson");
	}

	@Test
	void takesTheSpeakerOfAPreviousParagraphThatEndsWithSaid() {
		String text = "The minister spoke after the vote, Maria Lopez said.\n\n\"We will not give up on this reform at all.\"";
		assertThat(only(text).speaker()).isEqualTo("Maria Lopez");
	}

	@Test
	void runsAQuoteOnToTheEndOfItsParagraphWhenTheNextParagraphContinuesIt() {
		String text = "\"This is the first part of a long statement that goes on\n\"and this is where it ends,\" she said.";
		List<Suggestion> found = QuoteSuggester.suggest(text);
		assertThat(found).hasSize(2);
		assertThat(((QuoteValue) found.getFirst().value()).text())
			.isEqualTo("This is the first part of a long statement that goes on");
	}

	@Test
	void spansTheQuoteMarksInTheSuggestion() {
		String text = "He said “we are done here for today” and left.";
		Suggestion found = QuoteSuggester.suggest(text).getFirst();
		assertThat(found.exact()).isEqualTo("“we are done here for today”");
		assertThat(text.substring(found.start(), found.end())).isEqualTo(found.exact());
	}

	@Test
	void survivesAQuoteOnlyParagraphAfterBlankLinesAndStrayMarks() {
		assertThat(QuoteSuggester.suggest("\n\n \" September between said$the end of the\" ")).hasSize(1);
		assertThat(QuoteSuggester.suggest("")).isEmpty();
		assertThat(QuoteSuggester.suggest("\"")).isEmpty();
	}

}
