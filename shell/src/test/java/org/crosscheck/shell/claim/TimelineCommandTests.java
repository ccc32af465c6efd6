package org.crosscheck.shell.claim;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.crosscheck.shell.base.ConsoleMode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineCommandTests extends ConsoleTestBase {

	@Autowired
	ConsoleMode mode;

	@Test
	void theTimelineFitsTheWidthItIsGivenCuttingDescriptionsWithAnEllipsis() {
		Console.Result timeline = this.console.run("timeline --width 80");

		assertThat(timeline.exitCode()).isZero();
		List<String> lines = timeline.output().lines().toList();
		assertThat(lines).hasSizeGreaterThanOrEqualTo(9).allMatch(line -> line.length() <= 80);
		// The long sentences end in an ellipsis before their sources; the short ones stay
		// whole.
		assertThat(lines)
			.anyMatch(line -> line.matches("2026-02-18 +day +Microsoft said on Wednesday .*…  \\[source 2\\]"));
		assertThat(lines).anyMatch(line -> line.startsWith("2021 ") && line.contains("AT&T secured"));
	}

	@Test
	void aHappeningBothDemoArticlesTellIsOneLineWithBothSources() {
		Console.Result timeline = this.console.run("timeline --width 200");

		List<String> lines = timeline.output().lines().toList();
		// The demo's articles tell ICE's tripled data and the suspended services each in
		// their own words.
		assertThat(lines).filteredOn(line -> line.contains("tripl"))
			.singleElement()
			.asString()
			.endsWith("[sources 1, 2]");
		assertThat(lines).filteredOn(line -> line.contains("suspended certain services"))
			.singleElement()
			.asString()
			.startsWith("2025-09 ")
			.endsWith("[sources 1, 2]");
		assertThat(lines).last()
			.asString()
			.matches("\\d+ events, \\d+ on the timeline; \\d+ told by more than one source\\.");
	}

	@Test
	void theTimelineAsJsonHasEachHappeningWithItsEventsAndSources() {
		Console.Result timeline = this.console.run("timeline --format json");

		assertThat(timeline.exitCode()).isZero();
		assertThat(timeline.output()).contains("\"items\"", "\"sources\" : [ 1, 2 ]", "\"datesDisagree\" : false",
				"\"storiesFormed\" : true");
	}

	@Test
	void aStoryThatIsNotThereIsAOneLineErrorAndTheDemosOnlyStoryHasTheWholeTimeline() {
		Console.Result missing = this.console.run("timeline --story 99");
		Console.Result one = this.console.run("timeline --story 1 --width 200");

		assertThat(missing.exitCode()).isNotZero();
		assertThat(missing.error().strip()).contains("no story 99").doesNotContain("\n").doesNotContain("Exception");
		assertThat(one.output()).isEqualTo(this.console.run("timeline --width 200").output());
	}

	@Test
	void withoutATerminalTheTimelineFitsColumnsOrAHundred() {
		Console.Result timeline = this.console.run("timeline");

		assertThat(this.mode.width()).isGreaterThanOrEqualTo(40);
		assertThat(timeline.output().lines()).allMatch(line -> line.length() <= this.mode.width());
		assertThat(timeline.output()).contains("…");
	}

	@Test
	void aWidthThatIsNoNumberIsAOneLineError() {
		Console.Result timeline = this.console.run("timeline --width wide");

		assertThat(timeline.exitCode()).isNotZero();
		assertThat(timeline.error()).contains("--width takes a number of columns")
			.doesNotContain("\n")
			.doesNotContain("Exception");
	}

}
