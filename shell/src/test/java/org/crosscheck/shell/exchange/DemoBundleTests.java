package org.crosscheck.shell.exchange;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBundleTests extends ConsoleTestBase {

	@Test
	void theCheckedDemoTravelsWholeOmissionsWithEveryPassage() {
		String bundle = home.resolve("demo.ccbundle").toString();
		assertThat(this.console.run("export bundle " + bundle).exitCode()).isZero();

		Console.Result imported = this.console.run("import bundle " + bundle + " --as demo-copy");
		this.console.run("dataset use demo-copy");

		assertThat(imported.exitCode()).as(imported.error()).isZero();
		String omissions = this.console.run("discrepancy list --kind omission --format json").output();
		assertThat(omissions).contains("Palantir was awarded a $139.3 million contract")
			.contains("the fatal shootings of two U.S. citizens last month");
		assertThat(this.console.run("contract list --format csv").output().lines()).hasSize(4);
	}

}
