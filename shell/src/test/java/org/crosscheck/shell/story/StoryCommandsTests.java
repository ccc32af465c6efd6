package org.crosscheck.shell.story;

import org.crosscheck.shell.Console;
import org.crosscheck.shell.ConsoleTestBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryCommandsTests extends ConsoleTestBase {

	@Test
	void theDemosTwoReportsAreOneStory() {
		String stories = this.console.run("story list --format json").output();

		assertThat(stories).containsPattern("\"sources\" : \\[ 1, 2 \\]");
		assertThat(this.console.run("story show 1").output()).startsWith("Story 1: ").contains("2 sources");
	}

	@Test
	void aStoryMoveIsKeptByTheNextCheckAndCanBeUndone() {
		Console.Result moved = this.console.run("story move 2 --to new");
		assertThat(moved.output()).startsWith("Source 2 is now in story ");
		String story = moved.output().lines().toList().get(1).replaceAll("^Story (\\d+):.*", "$1");

		this.console.run("discrepancy check");

		assertThat(this.console.run("story show " + story).output()).contains("1 source");
		this.console.run("story move 2 --to 1");
		this.console.run("discrepancy check");
		assertThat(this.console.run("story show 1 --format json").output())
			.containsPattern("\"sources\" : \\[ 1, 2 \\]");
	}

	@Test
	void aMoveWithoutATargetSaysWhatToGive() {
		Console.Result refused = this.console.run("story move 2");

		assertThat(refused.output() + refused.error()).contains("--to STORY");
	}

}
