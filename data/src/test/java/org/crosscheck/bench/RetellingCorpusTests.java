package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crosscheck.bench.RetellingCorpus.Corpus;
import org.crosscheck.bench.RetellingCorpus.Kind;
import org.crosscheck.bench.RetellingCorpus.Place;
import org.crosscheck.bench.RetellingCorpus.Report;
import org.crosscheck.extraction.MoneyParser;
import org.junit.jupiter.api.Test;

/**
 * The generated retellings are reproducible and their ground truth points at their own
 * words.
 */
class RetellingCorpusTests {

	@Test
	void generatesTheSameRetellingsForTheSameSeed() {
		assertThat(new RetellingCorpus(7).generate(30)).isEqualTo(new RetellingCorpus(7).generate(30));
		assertThat(new RetellingCorpus(8).generate(30)).isNotEqualTo(new RetellingCorpus(7).generate(30));
	}

	@Test
	void placesPointAtTheWordsTheyQuote() {
		Corpus corpus = new RetellingCorpus(3).generate(60);
		Map<String, Report> byId = corpus.reports().stream().collect(Collectors.toMap(Report::id, Function.identity()));
		assertThat(corpus.planted()).hasSize(120);
		assertThat(corpus.planted().stream().map(p -> p.kind()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Kind.values());
		corpus.planted().forEach(p -> p.places().forEach(place -> assertAt(byId, place, p.storyId())));
		corpus.consistent().forEach(c -> c.places().forEach(place -> assertAt(byId, place, c.storyId())));
		// Every planted amount and every consistent one is an amount the extraction
		// reads.
		corpus.consistent()
			.forEach(c -> c.places()
				.forEach(place -> assertThat(MoneyParser.parse(place.excerpt().replace("about ", "")))
					.as(place.excerpt())
					.isPresent()));
	}

	@Test
	void tellsEachStoryByThreeToFiveOutletsInTheirOwnOrder() {
		Corpus corpus = new RetellingCorpus(5).generate(40);
		Map<String, Set<String>> outlets = corpus.reports()
			.stream()
			.collect(Collectors.groupingBy(Report::storyId, Collectors.mapping(Report::outlet, Collectors.toSet())));
		assertThat(outlets).hasSize(40);
		outlets.values().forEach(o -> assertThat(o.size()).isBetween(3, 5));
		Map<String, Set<String>> firstLines = corpus.reports()
			.stream()
			.collect(Collectors.groupingBy(Report::storyId,
					Collectors.mapping(r -> r.text().lines().skip(1).findFirst().orElse(""), Collectors.toSet())));
		assertThat(firstLines.values().stream().filter(lines -> lines.size() > 1).count()).isGreaterThan(30);
	}

	private static void assertAt(Map<String, Report> byId, Place place, String story) {
		Report report = byId.get(place.reportId());
		assertThat(report.storyId()).isEqualTo(story);
		assertThat(report.text().substring(place.start(), place.end())).isEqualTo(place.excerpt());
	}

}
