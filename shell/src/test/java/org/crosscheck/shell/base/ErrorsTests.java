package org.crosscheck.shell.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.junit.jupiter.api.Test;

class ErrorsTests {

	@Test
	void runningOutOfMemorySaysHowToStartWithMore() {
		Errors.Failure failure = Errors.translate(new OutOfMemoryError("Java heap space"));
		assertThat(failure.message()).startsWith("out of memory (")
			.contains("CROSSCHECK_HEAP=2g ./crosscheck")
			.doesNotContain("\n");
		assertThat(failure.exitCode()).isEqualTo(Errors.INTERNAL);
	}

	@Test
	void theConsoleTurnsWhatTheDomainSaysToDoIntoTheCommandToType() {
		Errors.Failure missing = Errors
			.translate(CrosscheckException.notFound("no source 7 in dataset demo", Remedy.listIds("source")));
		assertThat(missing.message()).isEqualTo("no source 7 in dataset demo; `source list` shows the ids");
		assertThat(missing.exitCode()).isEqualTo(3);
		Errors.Failure conflict = Errors.translate(CrosscheckException
			.conflict("discrepancy 4 was changed by someone else meanwhile", Remedy.reloadAndDecide("discrepancy", 4)));
		assertThat(conflict.message()).endsWith("; reload it (`discrepancy show 4`) and decide again");
		assertThat(conflict.exitCode()).isEqualTo(4);
		Errors.Failure tooLarge = Errors
			.translate(CrosscheckException.invalid("3072 MB is over the 5 MB limit", Remedy.raiseLimit("file size")));
		assertThat(tooLarge.message()).isEqualTo("3072 MB is over the 5 MB limit; raise it with --max-size");
		assertThat(tooLarge.exitCode()).isEqualTo(2);
		assertThat(Errors.translate(CrosscheckException.io("disk full", null)).exitCode()).isEqualTo(5);
	}

}
