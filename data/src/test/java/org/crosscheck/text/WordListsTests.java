package org.crosscheck.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordListsTests {

	private static final Path WORDS = Path.of("src/main/resources/words");

	@Test
	void everyWordListSaysWhatBelongsInItAndReadsAsEntries() throws IOException {
		List<Path> lists;
		try (Stream<Path> files = Files.list(WORDS)) {
			lists = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
		assertThat(lists).hasSizeGreaterThan(20);
		for (Path list : lists) {
			assertThat(Files.readAllLines(list).getFirst()).as(list.toString()).startsWith("# ");
			String name = list.getFileName().toString().replace(".txt", "");
			assertThat(WordLists.lines(name)).as(name).isNotEmpty().allMatch(entry -> !entry.startsWith("#"));
			assertThat(Files.readString(WORDS.resolve("README.md"))).as("README names " + name)
				.contains("`" + name + ".txt`");
		}
	}

	@Test
	void calendarWordsNumberTheMonthsAndKnowTheirAbbreviations() {
		assertThat(CalendarWords.number("Sept.")).isEqualTo(9);
		assertThat(CalendarWords.number("January")).isEqualTo(1);
		assertThat(CalendarWords.number("dec")).isEqualTo(12);
		assertThat(CalendarWords.ALL).contains("may", "sept", "sunday").hasSize(12 + 12 + 7);
	}

}
