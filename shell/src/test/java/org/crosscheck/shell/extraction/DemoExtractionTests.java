package org.crosscheck.shell.extraction;

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
		String timeline = this.console.run("timeline").output();

		assertThat(timeline).containsPattern("2025-09 +month +In September 2025, the company said it had suspended")
			.containsPattern("2025-09 +month +Last September, the company said it had disabled");
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
	void rejectedSuggestionsDoNotComeBack() {
		this.console.run("dataset new rejecting");
		this.console.run("source import " + home.resolve("demo/000_3a11150c10aa050c.txt"));
		this.console.run("suggest 1");
		String firstMoney = this.console.run("suggestion list --kind money --format csv").output().lines().skip(1).findFirst().orElseThrow();
		String id = firstMoney.substring(0, firstMoney.indexOf(','));

		this.console.run("suggestion reject " + id);
		this.console.run("suggest 1");

		assertThat(this.console.run("suggestion list --kind money --status rejected --format csv").output()).contains("\n" + id + ",");
		assertThat(this.console.run("suggestion list --kind money --format csv").output()).doesNotContain("\n" + id + ",");
		this.console.run("dataset use demo");
	}

}
