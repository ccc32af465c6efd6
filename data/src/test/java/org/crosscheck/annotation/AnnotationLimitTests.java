package org.crosscheck.annotation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crosscheck.TestHome;
import org.crosscheck.common.CrosscheckException;
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

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AnnotationLimitTests {

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

	@Test
	void quoteLongerThanTheLimitIsRefusedNamingTheLimit() throws Exception {
		this.datasets.createDataset("limits");
		Path file = Files.writeString(this.folder.resolve("story.txt"),
				"The council approved the new budget on Monday after a long debate.\n");
		this.sources.importSources("limits", List.of(file), ImportOptions.defaults(), ImportListener.NONE);
		String quote = "x".repeat(AnnotationService.MAX_EXACT + 1);

		assertThatThrownBy(() -> this.annotations.annotate("limits",
				new NewAnnotation(1, quote, AnnotationKind.CLAIM, null, List.of(), null)))
			.isInstanceOf(CrosscheckException.class)
			.hasMessage("the quoted words are 5001 characters, over the limit of 5000; annotate a shorter span");
	}

}
