package org.crosscheck.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.bench.CorpusGenerator;
import org.crosscheck.bench.CorpusGenerator.GeneratedArticle;
import org.crosscheck.discrepancy.internal.CandidateIndex;
import org.junit.jupiter.api.Test;

/**
 * The candidate index on a generated dataset: syndicated copies are found without
 * comparing all pairs.
 */
class CandidateIndexTest {

	@Test
	void findsSyndicatedCopiesAmongThousandsWithoutComparingAllPairs() {
		List<GeneratedArticle> articles = new CorpusGenerator(7).generate(1500);
		CandidateIndex index = new CandidateIndex();
		for (GeneratedArticle article : articles) {
			index.add(ComparedSource.of(article.id(), article.cleanText(), List.of()));
		}
		Set<String> proposed = new HashSet<>();
		long pairs = 0;
		for (int ordinal = 0; ordinal < index.size(); ordinal++) {
			for (CandidateIndex.Candidate candidate : index.candidates(ordinal, true)) {
				proposed.add(articles.get(ordinal).id() + "|" + candidate.sourceId());
				pairs++;
			}
		}
		List<GeneratedArticle> copies = articles.stream().filter(a -> a.syndicatedFrom() != null).toList();
		long found = copies.stream().filter(c -> proposed.contains(c.syndicatedFrom() + "|" + c.id())).count();
		assertThat(copies).hasSizeGreaterThan(300);
		assertThat((double) found / copies.size()).isGreaterThan(0.99);
		// All pairs would be about 1.1 million.
		assertThat(pairs).isLessThan(20L * articles.size());
	}

	@Test
	void proposesEachPairOnceWhenAskedForLaterSourcesOnly() {
		String text = "The council approved a budget of $45 million for new buses in the northern districts on Tuesday.\n"
				+ "Officials said the plan would expand bus services across the city by next spring.\n"
				+ "The opposition said the forecasts of federal funding were optimistic.\n";
		CandidateIndex index = new CandidateIndex();
		index.add(ComparedSource.of("a", text, List.of()));
		index.add(ComparedSource.of("b", text.replace("$45 million", "$54 million"), List.of()));
		assertThat(index.candidates(0, true)).extracting(CandidateIndex.Candidate::sourceId).containsExactly("b");
		assertThat(index.candidates(1, true)).isEmpty();
		assertThat(index.candidates(1, false)).extracting(CandidateIndex.Candidate::sourceId).containsExactly("a");
	}

}
