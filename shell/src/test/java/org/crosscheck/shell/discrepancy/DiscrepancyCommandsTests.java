package org.crosscheck.shell.discrepancy;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscrepancyCommandsTests extends ConsoleTestBase {

	@Test
	void demoCheckRaisesTheVerbChangeConfirmsTheQuoteAndRaisesNoDateDiscrepancy() {
		String all = this.console.run("discrepancy list --status all --format json --limit 100").output();

		assertThat(all).contains("[-suspended certain-]{+disabled some+}");
		assertThat(all)
			.containsPattern("\"kind\" : \"quote\",\\s*\"severity\" : \"low\",\\s*\"status\" : \"confirmed\"")
			.contains(
					"Microsoft policies and terms of service do not allow our technology to be used for the mass surveillance of civilians");
		assertThat(all).doesNotContain("\"kind\" : \"date\"");
	}

	@Test
	void demoOmissionsAreTheContractsOfTheFirstAndTheShootingsOfTheSecond() {
		String omissions = this.console.run("discrepancy list --kind omission --format json").output();

		assertThat(omissions).contains("Palantir was awarded a $139.3 million contract")
			.contains("the fatal shootings of two U.S. citizens last month");
	}

	@Test
	void aPersonsDismissalSurvivesARerunOfTheCheck() {
		String wording = this.console.run("discrepancy list --kind wording --format csv").output();
		String id = wording.lines().filter(l -> l.contains("alleged")).findFirst().orElseThrow().split(",")[0];

		Console.Result dismissed = this.console
			.run("discrepancy resolve " + id + " --as dismissed --note \"checked: same meaning\"");
		Console.Result again = this.console.run("discrepancy check");

		assertThat(dismissed.output()).isEqualTo("Discrepancy " + id + " is dismissed.");
		assertThat(again.output()).contains(" 0 new discrepancies");
		assertThat(this.console.run("discrepancy show " + id).output()).contains("· dismissed ·")
			.contains("dismissed: checked: same meaning");
		this.console.run("discrepancy resolve " + id + " --as open");
	}

	@Test
	void compareShowsWordLevelDifferencesAndWhatStandsInOneOnly() {
		String comparison = this.console.run("compare 1 2").output();

		assertThat(comparison).contains("[-suspended certain-]{+disabled some+}")
			.contains("Only in 1:")
			.contains("Only in 2:");
	}

	@Test
	void aPersonFlagsADiscrepancyBetweenTwoAnnotations() {
		Console.Result flagged = this.console.run("discrepancy flag 1 2 --kind number --note \"compare the totals\"");

		assertThat(flagged.exitCode()).isZero();
		String id = flagged.output().replaceAll("\\D+", " ").strip().split(" ")[0];
		assertThat(this.console.run("discrepancy show " + id).output()).contains("raised by")
			.contains("compare the totals");
		assertThat(this.console.run("discrepancy resolve " + id + " --as maybe").error())
			.contains("unknown status 'maybe'");
	}

}
