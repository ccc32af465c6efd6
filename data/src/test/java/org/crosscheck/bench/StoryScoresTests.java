package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Story scores are the usual pairwise and B-cubed figures. */
class StoryScoresTests {

	private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "2", "d", "2");

	@Test
	void scoresSameStoryPairsAndBcubed() {
		StoryScores scores = StoryScores.of(GOLD, List.of(List.of("a", "b", "c"), List.of("d")));

		assertThat(scores.goldStories()).isEqualTo(2);
		assertThat(scores.foundStories()).isEqualTo(2);
		assertThat(scores.pairPrecision()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(scores.pairRecall()).isCloseTo(0.5, within(1e-9));
		assertThat(scores.bcubedPrecision()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(scores.bcubedRecall()).isCloseTo(0.75, within(1e-9));
	}

	@Test
	void perfectGroupingScoresOneAndSourcesLeftOutAreStoriesOfTheirOwn() {
		assertThat(StoryScores.of(GOLD, List.of(List.of("a", "b"), List.of("c", "d"))).bcubedF1()).isEqualTo(1.0);
		StoryScores none = StoryScores.of(GOLD, List.of());
		assertThat(none.foundStories()).isEqualTo(4);
		assertThat(none.pairRecall()).isZero();
		assertThat(none.bcubedPrecision()).isEqualTo(1.0);
	}

}
