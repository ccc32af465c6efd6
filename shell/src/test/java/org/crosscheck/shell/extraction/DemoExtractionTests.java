package org.crosscheck.shell.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoExtractionTests extends ConsoleTestBase {

	@Test
	void demoOpensWithItsThreeContractsEachWithEvidence() {
		String csv = this.console.run("contract list --format csv").output();

		assertThat(csv.lines()).hasSize(4);
		assertThat(csv).contains("Dell,US Immigration and Customs Enforcement,USD,18800000,,2025-04,")
			.contains("AT&T,US Immigration and Customs Enforcement,USD,90700000,165200000,2021,2026-09,2032,")
			.contains("Palantir,US Immigration and Customs Enforcement,USD,139300000,,2022,");
		String palantir = this.console.run("contract show 3").output();
		assertThat(palantir).contains("evidence    annotation")
			.contains("«Palantir was awarded a $139.3 million contract in 2022");
	}

	@Test
	void lastSeptemberOfTheDatedSecondSourceIsTheFirstSourcesSeptember2025() {
		String events = this.console.run("event list").output();

		assertThat(events)
			.containsPattern("2025-09 +MONTH +RESOLVED +In September 2025, the company said it had suspended")
			.containsPattern("2025-09 +MONTH +RESOLVED +Last September, the company said it had disabled");
	}

	@Test
	void withoutAPublicationDateRelativeDatesStayUnresolvedWithAHint() {
		this.console.run("dataset new undated");
		this.console.run("source import " + home.resolve("demo/001_e1158af618fabb23.txt"));

		Console.Result suggest = this.console.run("suggest 1");
		String dates = this.console.run("suggestion list --kind date --format csv").output();

		assertThat(suggest.output()).contains("hint: source 1 has").contains("source set 1 --published YYYY-MM-DD");
		assertThat(dates).containsPattern("Last September,.*unresolved");

		this.console.run("source set 1 --published 2026-02-18");
		Console.Result again = this.console.run("suggest 1");
		assertThat(again.output()).contains("pending ones updated");
		assertThat(this.console.run("suggestion list --kind date --format csv").output())
			.contains("Last September,\"2025-09 month");
		this.console.run("dataset use demo");
	}

	@Test
	void undatedSourcesAreNamedInAHintEachForTheFirstFiveAndCountedForTheRest() throws IOException {
		Path folder = Files.createDirectories(home.resolve("undated"));
		for (int i = 1; i <= 7; i++) {
			Files.writeString(folder.resolve("note" + i + ".txt"), "Council vote number " + i
					+ "\n\nThe council approved the budget on Tuesday, a week after the first reading.\n");
		}
		this.console.run("dataset new undated-many");
		this.console.run("source import " + folder);

		String suggest = this.console.run("suggest --all").output();

		assertThat(suggest.lines().filter(line -> line.startsWith("hint: source "))).hasSize(5);
		assertThat(suggest).contains("hint: 2 more sources have relative dates that need their publication dates");
		assertThat(this.console.run("source list --limit 3").output()).endsWith("(3 of 7; --limit shows more)");
	}

	@Test
	void rejectedSuggestionsDoNotComeBack() {
		this.console.run("dataset new rejecting");
		this.console.run("source import " + home.resolve("demo/000_3a11150c10aa050c.txt"));
		this.console.run("suggest 1");
		String firstMoney = this.console.run("suggestion list --kind money --format csv")
			.output()
			.lines()
			.skip(1)
			.findFirst()
			.orElseThrow();
		String id = firstMoney.substring(0, firstMoney.indexOf(','));

		this.console.run("suggestion reject " + id);
		this.console.run("suggest 1");

		assertThat(this.console.run("suggestion list --kind money --status rejected --format csv").output())
			.contains("\n" + id + ",");
		assertThat(this.console.run("suggestion list --kind money --format csv").output())
			.doesNotContain("\n" + id + ",");
		this.console.run("dataset use demo");
	}

	@Test
	void aTableShowsAScreenfulAndSaysHowManyThereAreWhileCsvHoldsThemAll() {
		String table = this.console.run("suggestion list --status all").output();
		long all = rows(this.console.run("suggestion list --status all --format csv").output());
		String twoDates = this.console.run("suggestion list --source 1 --kind date --status all --limit 2").output();
		long dates = rows(
				this.console.run("suggestion list --source 1 --kind date --status all --format csv").output());
		String annotations = this.console.run("annotation list").output();
		long annotated = rows(this.console.run("annotation list --format csv").output());

		assertThat(all).isGreaterThan(50);
		assertThat(table.lines().filter(line -> line.matches("\\d+ .*"))).hasSize(50);
		assertThat(table).endsWith("(50 of " + all + "; --limit shows more)");
		assertThat(dates).isGreaterThan(2);
		assertThat(twoDates.lines().filter(line -> line.matches("\\d+ +1 +date .*"))).hasSize(2);
		assertThat(twoDates).endsWith("(2 of " + dates + "; --limit shows more)");
		assertThat(annotated).isGreaterThan(50);
		assertThat(annotations).endsWith("(50 of " + annotated + "; --limit shows more)");
	}

	private static long rows(String csv) {
		return csv.lines().count() - 1;
	}

}
