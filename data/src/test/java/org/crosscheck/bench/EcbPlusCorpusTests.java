package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crosscheck.bench.EcbPlusCorpus.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ECB+ reader gives readable text, gold sentences where they stand, datelines and the
 * gold instances.
 */
class EcbPlusCorpusTests {

	private static List<Document> documents;

	@BeforeAll
	static void read() {
		Path folder = EcbPlusCorpus.locate().orElse(null);
		Assumptions.assumeTrue(folder != null, EcbPlusCorpus::missing);
		documents = EcbPlusCorpus.read(folder);
	}

	@Test
	void undoesTheTokenSpacing() {
		assertThat(EcbPlusCorpus.detokenise(List.of("AMD", "'s", "$", "334", "million", "deal", ",", "(", "AMD", ")",
				"at", "7", ":", "32", "p", ".", "m", ".", "Intel", "-", "based", "\"", "micro", "\"", "servers", ".")))
			.isEqualTo("AMD's $334 million deal, (AMD) at 7:32 p.m. Intel-based \"micro\" servers.");
		assertThat(EcbPlusCorpus
			.detokenise(List.of("March", "1", ",", "2012", "and", "1", ",", "000", "and", "$", "5", ".", "4", "billion",
					"``", "Yes", ",", "''", "he", "said", "at", "1", ":", "17pm", "in", "EYP", "’", "s", "deal")))
			.isEqualTo("March 1, 2012 and 1,000 and $5.4 billion “Yes,” he said at 1:17pm in EYP’s deal");
	}

	@Test
	void readsBothTopicsWithTheirTwoSeminalEvents() {
		Map<String, Long> stories = documents.stream()
			.collect(Collectors.groupingBy(Document::story, Collectors.counting()));
		assertThat(stories).containsOnlyKeys("43/ecb", "43/ecbplus", "44/ecb", "44/ecbplus");
		assertThat(documents).hasSize(45);
	}

	@Test
	void keepsEachGoldSentenceWhereItStandsAndLeavesOutTheUrl() {
		Document doc = byId("43_10ecbplus");
		assertThat(doc.sentences()).doesNotContainKey(0);
		int[] first = doc.sentences().get(1);
		assertThat(doc.text().substring(first[0], first[1]))
			.isEqualTo("AMD buys SeaMicro, starts selling Intel-based servers");
		assertThat(doc.text()).doesNotContain("http").contains("$334 million");
		assertThat(doc.published()).isEqualTo(LocalDate.of(2012, 3, 1));
		assertThat(byId("43_11ecbplus").published()).isEqualTo(LocalDate.of(2012, 2, 29));
		assertThat(byId("44_6ecbplus").published()).isEqualTo(LocalDate.of(2007, 11, 12));
		// The older corpus's documents have no URL: their sentence 0 is text.
		assertThat(byId("43_1ecb").sentences()).containsKey(0);
	}

	@Test
	void listsTheSentencesThatMentionEachCrossDocumentInstance() {
		Document doc = byId("43_10ecbplus");
		EcbPlusCorpus.Instance deal = doc.instances()
			.values()
			.stream()
			.filter(i -> i.descriptor().equals("t43_AMD_acquires_seamicro"))
			.findFirst()
			.orElseThrow();
		assertThat(deal.event()).isTrue();
		assertThat(deal.sentences()).contains(1);
		assertThat(doc.instancesIn(1, true)).contains(deal.id());
		assertThat(doc.instancesIn(1, false)).hasSizeGreaterThan(doc.instancesIn(1, true).size());
		int[] first = doc.sentences().get(1);
		assertThat(doc.sentenceAt(first[0] + 2, first[0] + 10)).isEqualTo(1);
	}

	private static Document byId(String id) {
		return documents.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
	}

}
