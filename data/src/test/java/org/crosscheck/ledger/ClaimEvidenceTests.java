package org.crosscheck.ledger;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crosscheck.TestHome;
import org.crosscheck.annotation.AnnotationKind;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.annotation.NewAnnotation;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.SourceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each contract and event shows its own evidence, whether read alone, right after it is
 * added, or in the list.
 */
@SpringBootTest
class ClaimEvidenceTests {

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	ClaimService claims;

	@Autowired
	AnnotationService annotations;

	@Autowired
	SourceService sources;

	@Autowired
	DatasetService datasets;

	@TempDir
	Path folder;

	@Test
	void eachContractAndEventShowsOnlyItsOwnEvidence() throws Exception {
		this.datasets.createDataset("evidence");
		Path file = Files.writeString(this.folder.resolve("harbour.txt"), """
				The port authority awarded Keller Dredging a $4.1 million contract on 3 March 2025.
				Brandt Marine won a second contract, worth $2.7 million, a week later.
				""");
		this.sources.importSources("evidence", List.of(file), ImportOptions.defaults(), ImportListener.NONE);
		int first = annotate("$4.1 million");
		int second = annotate("$2.7 million");
		int firstDay = annotate("3 March 2025");
		int secondDay = annotate("a week later");

		ContractView keller = this.claims.addContract("evidence", new ContractInput("Keller Dredging", "port authority",
				"USD", new BigDecimal("4100000"), null, null, null, null, null, List.of(first)));
		ContractView brandt = this.claims.addContract("evidence", new ContractInput("Brandt Marine", "port authority",
				"USD", new BigDecimal("2700000"), null, null, null, null, null, List.of(second)));
		EventView awarded = this.claims.addEvent("evidence", new EventInput(LocalDate.of(2025, 3, 3), null, "DAY",
				"RESOLVED", "3 March 2025", "Keller Dredging wins", List.of(), List.of(firstDay)));
		EventView won = this.claims.addEvent("evidence", new EventInput(LocalDate.of(2025, 3, 10), null, "DAY",
				"RESOLVED", "a week later", "Brandt Marine wins", List.of(), List.of(secondDay, second)));

		assertThat(keller.evidence()).extracting(Evidence::exact).containsExactly("$4.1 million");
		assertThat(brandt.evidence()).extracting(Evidence::exact).containsExactly("$2.7 million");
		assertThat(this.claims.contract("evidence", keller.id()).evidence()).extracting(Evidence::exact)
			.containsExactly("$4.1 million");
		assertThat(awarded.evidence()).extracting(Evidence::exact).containsExactly("3 March 2025");
		assertThat(this.claims.event("evidence", won.id()).evidence()).extracting(Evidence::exact)
			.containsExactlyInAnyOrder("a week later", "$2.7 million");
		assertThat(this.claims.listEvents("evidence")).extracting(e -> e.evidence().size()).containsExactly(1, 2);
		assertThat(this.claims.listContracts("evidence")).extracting(c -> c.evidence().getFirst().exact())
			.containsExactly("$2.7 million", "$4.1 million");
	}

	private int annotate(String words) {
		return this.annotations
			.annotate("evidence", new NewAnnotation(1, words, AnnotationKind.CLAIM, null, List.of(), null))
			.id();
	}

}
