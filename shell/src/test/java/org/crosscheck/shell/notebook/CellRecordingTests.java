package org.crosscheck.shell.notebook;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellRecordingTests extends ConsoleTestBase {

	@Test
	void everyCommandBecomesANumberedCellErrorsToo() {
		Console.Result first = this.console.run("source list");
		Console.Result failing = this.console.run("source show 99");

		assertThat(first.cell()).isNotNull();
		assertThat(failing.cell()).isEqualTo(first.cell() + 1);
	}

}
