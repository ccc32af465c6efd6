package org.crosscheck.dashboard.base.ui;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorHandlingTests {

	@Test
	void aWebUserIsToldWhatToDoInTheDashboardNeverAConsoleCommand() {
		String conflict = ErrorHandling.messageFor(CrosscheckException
			.conflict("discrepancy 4 was changed by someone else meanwhile", Remedy.reloadAndDecide("discrepancy", 4)));
		assertThat(conflict).isEqualTo("discrepancy 4 was changed by someone else meanwhile; "
				+ "select it again to see the new version, then decide again");
		String missing = ErrorHandling
			.messageFor(CrosscheckException.notFound("no dataset story", Remedy.createDataset("story")));
		assertThat(missing).doesNotContain("`").doesNotContain("--").startsWith("no dataset story; ");
	}

}
