package org.crosscheck.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well found stories match gold ones: pairwise precision, recall and F1 of "same
 * story" over pairs of sources, and B-cubed precision, recall and F1 over sources.
 *
 * @param goldStories how many gold stories
 * @param foundStories how many stories found
 * @param pairPrecision share of source pairs put in one story that are in one gold story
 * @param pairRecall share of gold same-story pairs put in one story
 * @param bcubedPrecision mean over sources of the share of its found story that shares
 * its gold story
 * @param bcubedRecall mean over sources of the share of its gold story that shares its
 * found story
 */
public record StoryScores(int goldStories, int foundStories, double pairPrecision, double pairRecall,
		double bcubedPrecision, double bcubedRecall) {

	public double pairF1() {
		return f1(this.pairPrecision, this.pairRecall);
	}

	public double bcubedF1() {
		return f1(this.bcubedPrecision, this.bcubedRecall);
	}

	private static double f1(double p, double r) {
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/**
	 * Scores {@code found} (lists of source ids) against {@code gold} (source id to gold
	 * story).
	 */
	public static StoryScores of(Map<String, String> gold, Collection<? extends Collection<String>> found) {
		Map<String, Integer> foundOf = new HashMap<>();
		int index = 0;
		for (Collection<String> story : found) {
			for (String id : story) {
				foundOf.put(id, index);
			}
			index++;
		}
		List<String> ids = gold.keySet().stream().sorted().toList();
		// Sources the check did not place are stories of one.
		for (String id : ids) {
			if (!foundOf.containsKey(id)) {
				foundOf.put(id, index++);
			}
		}
		long bothSame = 0;
		long foundSame = 0;
		long goldSame = 0;
		double bp = 0;
		double br = 0;
		for (String a : ids) {
			int sameFound = 0;
			int sameGold = 0;
			int sameBoth = 0;
			for (String b : ids) {
				boolean g = gold.get(a).equals(gold.get(b));
				boolean f = foundOf.get(a).equals(foundOf.get(b));
				sameGold += g ? 1 : 0;
				sameFound += f ? 1 : 0;
				sameBoth += g && f ? 1 : 0;
			}
			bp += (double) sameBoth / sameFound;
			br += (double) sameBoth / sameGold;
			// Pairs without the source itself, each unordered pair counted twice (which
			// cancels out).
			bothSame += sameBoth - 1;
			foundSame += sameFound - 1;
			goldSame += sameGold - 1;
		}
		int n = ids.size();
		return new StoryScores((int) gold.values().stream().distinct().count(),
				(int) ids.stream().map(foundOf::get).distinct().count(),
				foundSame == 0 ? 1 : (double) bothSame / foundSame, goldSame == 0 ? 1 : (double) bothSame / goldSame,
				n == 0 ? 0 : bp / n, n == 0 ? 0 : br / n);
	}

	/**
	 * One line: "gold 4, found 6; pairs P 1.000 R 0.600 F1 0.750; B-cubed P ... F1 ...".
	 */
	public String line() {
		return String.format(
				"stories: gold %d, found %d; same-story pairs P %.3f R %.3f F1 %.3f; B-cubed P %.3f R %.3f F1 %.3f",
				this.goldStories, this.foundStories, this.pairPrecision, this.pairRecall, pairF1(),
				this.bcubedPrecision, this.bcubedRecall, bcubedF1());
	}

}
