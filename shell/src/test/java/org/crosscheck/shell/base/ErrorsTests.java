package org.crosscheck.shell.base;

import static org.assertj.core.api.Assertions.assertThat;

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

}
