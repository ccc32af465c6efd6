package org.crosscheck.annotation.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnchoringTests {

	private static final String TEXT = "The mayor said the bridge would reopen in May. Engineers said the bridge needed new cables.\n"
			+ "“We will not cut corners,” the mayor said.";

	@Test
	void findsEveryOccurrenceWithOriginalOffsets() {
		List<int[]> found = Anchoring.occurrences(TEXT, "the bridge");

		assertThat(found).hasSize(2);
		assertThat(TEXT.substring(found.get(1)[0], found.get(1)[1])).isEqualTo("the bridge");
	}

	@Test
	void straightQuotesAndExtraSpacesFindTypographicText() {
		List<int[]> found = Anchoring.occurrences(TEXT, "\"We will  not cut corners,\"");

		assertThat(found).hasSize(1);
		assertThat(TEXT.substring(found.get(0)[0], found.get(0)[1])).isEqualTo("“We will not cut corners,”");
	}

	@Test
	void anchorSurvivesAnEditOfTheTextAroundIt() {
		int start = TEXT.indexOf("needed new cables");
		int end = start + "needed new cables".length();
		String edited = "UPDATED: " + TEXT.replace("Engineers said", "Two independent engineers said on Friday");

		Anchoring.Match match = Anchoring.reanchor(edited, "needed new cables", Anchoring.prefix(TEXT, start),
				Anchoring.suffix(TEXT, end), start, end);

		assertThat(match).isNotNull();
		assertThat(edited.substring(match.start(), match.end())).isEqualTo("needed new cables");
		assertThat(match.method()).isEqualTo(Anchoring.Method.QUOTE);
	}

	@Test
	void contextChoosesBetweenRepeatedWords() {
		int second = TEXT.indexOf("the bridge", TEXT.indexOf("the bridge") + 1);
		String edited = "Breaking. " + TEXT;

		Anchoring.Match match = Anchoring.reanchor(edited, "the bridge", Anchoring.prefix(TEXT, second),
				Anchoring.suffix(TEXT, second + 10), second, second + 10);

		assertThat(match.start()).isEqualTo(edited.indexOf("the bridge", edited.indexOf("the bridge") + 1));
	}

	@Test
	void slightlyCorrectedWordsAnchorApproximatelyWithConfidence() {
		String exact = "Engineers said the bridge needed new cables";
		int start = TEXT.indexOf(exact);
		String edited = TEXT.replace("needed new cables", "needs new cables");

		Anchoring.Match match = Anchoring.reanchor(edited, exact, Anchoring.prefix(TEXT, start),
				Anchoring.suffix(TEXT, start + exact.length()), start, start + exact.length());

		assertThat(match.method()).isEqualTo(Anchoring.Method.FUZZY);
		assertThat(match.confidence()).isBetween(0.8, 0.99);
		assertThat(edited.substring(match.start(), match.end())).startsWith("Engineers said the bridge need");
	}

	@Test
	void deletedWordsBecomeAnOrphanNotALookAlike() {
		String exact = "Engineers said the bridge needed new cables.";
		int start = TEXT.indexOf(exact);
		String edited = TEXT.replace(exact, "");

		assertThat(Anchoring.reanchor(edited, exact, Anchoring.prefix(TEXT, start),
				Anchoring.suffix(TEXT, start + exact.length()), start, start + exact.length()))
			.isNull();
	}

	@Test
	void closestPassagesShareTheMostWords() {
		assertThat(Anchoring.closestPassages(TEXT, "engineers want new cabling", 1)).singleElement()
			.asString()
			.startsWith("Engineers said");
	}

}
