package org.crosscheck.shell.base;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTests {

	@Test
	void anOutputFormatInFrontOfTheCommandGoesBehindIt() {
		assertThat(CommandLine.commandFirst(List.of("--format", "json", "source", "list"))).containsExactly("source",
				"list", "--format", "json");
		assertThat(CommandLine.commandFirst(List.of("--format=csv", "contract", "list", "--limit", "5")))
			.containsExactly("contract", "list", "--limit", "5", "--format=csv");
	}

	@Test
	void wordsThatDoNotStartWithAFormatStayAsTheyAre() {
		assertThat(CommandLine.commandFirst(List.of("source", "list", "--format", "json"))).containsExactly("source",
				"list", "--format", "json");
		// Nothing to move behind: the command parser says what is missing.
		assertThat(CommandLine.commandFirst(List.of("--format"))).containsExactly("--format");
	}

	@Test
	void joinedWordsSplitBackIntoTheSameWords() {
		List<String> words = List.of("annotate", "3", "a \"quoted\" phrase", "$100", "it's");
		assertThat(CommandLine.split(CommandLine.join(words))).isEqualTo(words);
	}

}
