package org.crosscheck.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrosscheckExceptionTests {

	@Test
	void quotedInputWithLineBreaksStillGivesAOneLineMessage() {
		CrosscheckException ex = CrosscheckException.invalid(
				"annotation names source first line\nsecond line\r\nthird\u2028line, which the bundle does not hold");
		assertThat(ex.getMessage())
			.isEqualTo("annotation names source first line second line third line, which the bundle does not hold");
	}

	@Test
	void aLongQuotationIsShortenedButTheAdviceAtTheEndIsKept() {
		String message = "bundle is inconsistent at source " + "x".repeat(5000)
				+ "; nothing was imported, ask for a fresh export";
		String shown = CrosscheckException.invalid(message).getMessage();
		assertThat(shown).hasSizeLessThanOrEqualTo(CrosscheckException.MAX_MESSAGE)
			.startsWith("bundle is inconsistent at source xxx")
			.contains(" … ")
			.endsWith("; nothing was imported, ask for a fresh export");
	}

	@Test
	void anOrdinaryMessageIsLeftAsItIs() {
		assertThat(CrosscheckException.notFound("no source 42 in dataset demo; source list shows them").getMessage())
			.isEqualTo("no source 42 in dataset demo; source list shows them");
	}

}
