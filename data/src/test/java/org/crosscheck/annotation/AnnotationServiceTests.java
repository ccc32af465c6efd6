package org.crosscheck.annotation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.TestHome;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.source.ImportListener;
import org.crosscheck.source.ImportOptions;
import org.crosscheck.source.SourceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AnnotationServiceTests {

	private static final String STORY = """
			The ministry said the new rail line would open in 2027 at a cost of €2.1bn.
			Critics said the ministry had underestimated the cost, and that the line would open later.
			""";

	@DynamicPropertySource
	static void home(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	AnnotationService annotations;

	@Autowired
	SourceService sources;

	@Autowired
	DatasetService datasets;

	@TempDir
	Path folder;

	String dataset;

	@BeforeEach
	void story(org.junit.jupiter.api.TestInfo info) throws Exception {
		this.dataset = info.getTestMethod().orElseThrow().getName();
		this.datasets.createDataset(this.dataset);
		this.sources.importSources(this.dataset, List.of(Files.writeString(this.folder.resolve("rail.txt"), STORY)),
				ImportOptions.defaults(), ImportListener.NONE);
	}

	@Test
	void repeatedWordsNeedAnOccurrenceAndTheErrorShowsEachInContext() {
		assertThatThrownBy(() -> this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "ministry", AnnotationKind.ENTITY, null, List.of(), null)))
			.hasMessageContaining(
					"\"ministry\" occurs 2 times in source 1; say which occurrence is meant: 1: «…The [ministry] said")
			.hasMessageContaining("Critics said the [ministry] had");

		AnnotationView second = this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "ministry", AnnotationKind.ENTITY, null, List.of(), 2));
		assertThat(STORY.substring(second.start(), second.end())).isEqualTo("ministry");
		assertThat(second.start()).isGreaterThan(STORY.indexOf("Critics"));
	}

	@Test
	void wordsNotFoundShowTheClosestPassages() {
		assertThatThrownBy(() -> this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "underestimated the price", AnnotationKind.CLAIM, null, List.of(), null)))
			.hasMessageContaining("source 1 has no \"underestimated the price\"; closest passages: «Critics said");
	}

	@Test
	void anAnnotationSurvivesAnEditAroundItAndBecomesAnOrphanWhenItsWordsGo() {
		AnnotationView cost = this.annotations.annotate(this.dataset, new NewAnnotation(1, "at a cost of €2.1bn",
				AnnotationKind.MONEY, "check the budget", List.of("cost"), null));
		AnnotationView later = this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "the line would open later", AnnotationKind.CLAIM, null, List.of(), null));

		this.sources.correctText(this.dataset, 1, "The ministry said", "On Tuesday, the transport ministry said");
		AnnotationView moved = this.annotations.show(this.dataset, cost.id());
		String text = this.sources.showSource(this.dataset, 1).text();
		assertThat(moved.orphan()).isFalse();
		assertThat(text.substring(moved.start(), moved.end())).isEqualTo("at a cost of €2.1bn");
		assertThat(moved.note()).isEqualTo("check the budget");

		this.sources.correctText(this.dataset, 1, ", and that the line would open later", "");
		AnnotationView gone = this.annotations.show(this.dataset, later.id());
		assertThat(gone.orphan()).isTrue();
		assertThat(gone.start()).isNull();
		assertThat(this.annotations.listAnnotations(this.dataset, 1, null)).extracting(AnnotationView::anchor)
			.containsExactly("exact", "orphan");
	}

	@Test
	void aRemovedAnnotationsNumberIsNotGivenToTheNextOne() {
		AnnotationView first = this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "new rail line", AnnotationKind.CLAIM, null, List.of(), null));
		AnnotationView second = this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "€2.1bn", AnnotationKind.MONEY, null, List.of(), null));
		this.annotations.remove(this.dataset, second.id());
		AnnotationView third = this.annotations.annotate(this.dataset,
				new NewAnnotation(1, "Critics", AnnotationKind.ENTITY, null, List.of(), null));
		// A notebook cell that said "annotation show 2" must not come to show other
		// words.
		assertThat(List.of(first.id(), second.id(), third.id())).containsExactly(1, 2, 3);
		assertThatThrownBy(() -> this.annotations.show(this.dataset, 2)).hasMessageContaining("2");
	}

}
