package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crosscheck.bench.CorpusGenerator.GeneratedArticle;
import org.crosscheck.bench.CorpusGenerator.PlantedEdit;
import org.junit.jupiter.api.Test;

/**
 * The generated corpus is reproducible and its ground truth points at the right words.
 */
class CorpusGeneratorTest {

	@Test
	void generatesTheSameCorpusForTheSameSeed() {
		assertThat(new CorpusGenerator(11).generate(50)).isEqualTo(new CorpusGenerator(11).generate(50));
	}

	@Test
	void placesPlantedEditsOnTheirWordsInBothCleanTexts() {
		List<GeneratedArticle> articles = new CorpusGenerator(3).generate(300);
		Map<String, GeneratedArticle> byId = articles.stream().collect(Collectors.toMap(GeneratedArticle::id, a -> a));
		List<PlantedEdit> edits = articles.stream().flatMap(a -> a.edits().stream()).toList();
		assertThat(edits).isNotEmpty();
		for (PlantedEdit edit : edits) {
			if (edit.originalStart() >= 0) {
				assertThat(byId.get(edit.originalId()).cleanText().substring(edit.originalStart(), edit.originalEnd()))
					.isEqualTo(edit.originalExcerpt());
			}
			if (edit.copyStart() >= 0) {
				assertThat(byId.get(edit.copyId()).cleanText().substring(edit.copyStart(), edit.copyEnd()))
					.isEqualTo(edit.copyExcerpt());
			}
		}
	}

	@Test
	void keepsArticleLengthsBetween300And1500WordsAndWrapsThemInBoilerplate() {
		for (GeneratedArticle article : new CorpusGenerator(5).generate(100)) {
			int words = article.cleanText().split("\\s+").length;
			assertThat(words).isBetween(250, 1600);
			assertThat(article.text()).contains(article.cleanText()).isNotEqualTo(article.cleanText());
		}
	}

}
