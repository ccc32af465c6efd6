package org.crosscheck.exchange.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLocatorTests {

	private static final String TEXT = "ICE said on Monday. Later, ICE said on Tuesday that \u201Cno contract\u201D was signed.";

	@Test
	void contextChoosesBetweenEqualWordsBeforeThePositionDoes() {
		TextLocator.Located located = TextLocator.locate(TEXT, "ICE said", "Later, ", " on Tuesday", 0);

		assertThat(located.start()).isEqualTo(27);
	}

	@Test
	void positionBreaksTiesWhenThereIsNoContext() {
		assertThat(TextLocator.locate(TEXT, "ICE said", null, null, 25).start()).isEqualTo(27);
		assertThat(TextLocator.locate(TEXT, "ICE said", null, null, 1).start()).isZero();
	}

	@Test
	void typographicQuotesAndWhiteSpaceDoNotPreventAMatchAndTheSpanIsTheSourcesOwnCharacters() {
		TextLocator.Located located = TextLocator.locate(TEXT, "\"no   contract\"", null, null, null);

		assertThat(TEXT.substring(located.start(), located.end())).isEqualTo("\u201Cno contract\u201D");
	}

	@Test
	void wordsThatAreNotThereAreNotGuessed() {
		assertThat(TextLocator.locate(TEXT, "ICE denied", null, null, 0)).isNull();
	}

}
