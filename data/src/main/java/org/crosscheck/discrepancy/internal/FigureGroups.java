package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.Finding;
import org.crosscheck.text.Token;

/**
 * The mentions of one figure (an amount, a date) across the sources of a story, grouped
 * from the reasons to take two mentions for one, strongest first. A group never holds two
 * mentions of one source: a source that gives two values states two figures.
 */
final class FigureGroups {

	private FigureGroups() {
	}

	/**
	 * Source ids in the order a reader counts them: "2" before "10" (shorter first, then
	 * alphabetically).
	 */
	static final Comparator<String> SOURCE_ORDER = Comparator.comparingInt(String::length)
		.thenComparing(Comparator.naturalOrder());

	/** The key of a fact's mention: its source and where it starts. */
	static String key(Fact fact) {
		return fact.sourceId() + ":" + fact.start();
	}

	/**
	 * Strength of the link between two facts of sentences that tell the same thing: above
	 * any other reason.
	 */
	static final double ALIGNED = 1;

	/**
	 * A reason to take the mentions {@code x} and {@code y} (by key) for one figure.
	 *
	 * @param finding for two facts of sentences that tell the same thing
	 * ({@link #ALIGNED}), what the two raise on their own when they differ (with the
	 * sentences' word diff); otherwise null
	 */
	record Link(String x, String y, double strength, Finding finding) {
	}

	/**
	 * The mentions (keys) of one figure, in the order they joined, and the links that
	 * joined them.
	 */
	record Group(List<String> keys, List<Link> joining) {

		/**
		 * For a group of two mentions in sentences that tell the same thing, the finding
		 * of that pair, when they differ: with the sentences' word diff, it says it best.
		 */
		Finding pairsOwn() {
			if (keys.size() != 2) {
				return null;
			}
			return joining.stream().map(Link::finding).filter(java.util.Objects::nonNull).findFirst().orElse(null);
		}

	}

	/**
	 * The groups of two mentions or more that {@code links} make; {@code sourceOf} gives
	 * a mention's source, and {@code joinable} says whether two mentions may be one
	 * figure at all (a link between others is passed over).
	 */
	static List<Group> of(List<Link> links, Function<String, String> sourceOf, BiPredicate<String, String> joinable) {
		List<Link> sorted = new ArrayList<>(links);
		sorted.sort(Comparator.comparingDouble(Link::strength).reversed());
		Map<String, String> parent = new HashMap<>();
		Map<String, Set<String>> sourcesOf = new HashMap<>();
		Map<String, List<String>> keysOf = new LinkedHashMap<>();
		Map<String, List<Link>> linksOf = new HashMap<>();
		for (Link link : sorted) {
			if (!joinable.test(link.x(), link.y())) {
				continue;
			}
			String rootX = find(parent, link.x());
			String rootY = find(parent, link.y());
			if (rootX.equals(rootY)) {
				linksOf.get(rootX).add(link);
				continue;
			}
			Set<String> sourcesX = sourcesOf.computeIfAbsent(rootX,
					r -> new HashSet<>(Set.of(sourceOf.apply(link.x()))));
			Set<String> sourcesY = sourcesOf.computeIfAbsent(rootY,
					r -> new HashSet<>(Set.of(sourceOf.apply(link.y()))));
			if (sourcesX.stream().anyMatch(sourcesY::contains)) {
				continue;
			}
			parent.put(rootY, rootX);
			sourcesX.addAll(sourcesOf.remove(rootY));
			List<String> keys = keysOf.computeIfAbsent(rootX, r -> new ArrayList<>(List.of(r)));
			keys.addAll(keysOf.containsKey(rootY) ? keysOf.remove(rootY) : List.of(rootY));
			List<Link> joined = linksOf.computeIfAbsent(rootX, r -> new ArrayList<>());
			joined.addAll(linksOf.getOrDefault(rootY, List.of()));
			linksOf.remove(rootY);
			joined.add(link);
		}
		List<Group> groups = new ArrayList<>();
		keysOf.forEach((root, keys) -> groups.add(new Group(List.copyOf(keys), List.copyOf(linksOf.get(root)))));
		return groups;
	}

	/**
	 * What the mentions of a group are of, in the reports' own word when most of them
	 * share one (" ('loot')"), or nothing; each context maps the stems of the words
	 * around a mention to the word as written.
	 */
	static String label(List<Map<String, String>> contexts) {
		Map<String, Integer> counts = new HashMap<>();
		Map<String, String> surfaces = new HashMap<>();
		for (Map<String, String> context : contexts) {
			context.forEach((stem, surface) -> {
				counts.merge(stem, 1, Integer::sum);
				surfaces.putIfAbsent(stem, surface);
			});
		}
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue() * 2 >= contexts.size() && e.getValue() >= 2)
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(e -> " ('" + surfaces.get(e.getKey()) + "')")
			.orElse("");
	}

	/**
	 * The content words within {@code window} words either side of the characters
	 * start..end: stem to word as written.
	 */
	static Map<String, String> context(List<Token> tokens, int start, int end, int window) {
		int first = -1;
		int last = -1;
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.end() > start && token.start() < end) {
				first = first < 0 ? i : first;
				last = i;
			}
		}
		Map<String, String> context = new LinkedHashMap<>();
		if (first < 0) {
			return context;
		}
		for (int i = Math.max(0, first - window); i < Math.min(tokens.size(), last + 1 + window); i++) {
			Token token = tokens.get(i);
			if ((i < first || i > last) && !token.stopWord() && !Character.isDigit(token.surface().charAt(0))
					&& token.surface().length() > 2) {
				context.putIfAbsent(token.stem(), token.surface());
			}
		}
		return context;
	}

	private static String find(Map<String, String> parent, String key) {
		String root = key;
		while (parent.containsKey(root)) {
			root = parent.get(root);
		}
		// Path compression: later look-ups of these keys go straight to the root.
		for (String at = key; !at.equals(root);) {
			String next = parent.get(at);
			parent.put(at, root);
			at = next;
		}
		return root;
	}

}
