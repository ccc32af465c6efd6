package org.crosscheck.shell.base;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleModeTests {

	@Test
	void outputIsAsWideAsTheTerminalElseColumnsElseAHundred() {
		assertThat(ConsoleMode.width(132, "80")).isEqualTo(132);
		assertThat(ConsoleMode.width(0, "80")).isEqualTo(80);
		assertThat(ConsoleMode.width(0, null)).isEqualTo(ConsoleMode.DEFAULT_WIDTH).isEqualTo(100);
		assertThat(ConsoleMode.width(0, "wide")).isEqualTo(100);
		// A terminal or variable that reports next to nothing is not believed.
		assertThat(ConsoleMode.width(1, "3")).isEqualTo(100);
	}

	@Test
	void anInteractiveConsoleFollowsTheTerminalAsItIsResized() {
		ConsoleMode mode = new ConsoleMode();
		int[] columns = { 90 };
		mode.set(true, new PrintWriter(new StringWriter()), () -> columns[0]);
		assertThat(mode.width()).isEqualTo(90);
		columns[0] = 150;
		assertThat(mode.width()).isEqualTo(150);
	}

}
