package org.crosscheck.exchange.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the reading of W3C Web Annotation and Hypothesis files, everything an annotation
 * import does before it touches the database. Seeds are the W3C test annotations and the
 * Hypothesis search result of the exchange tests, and a Crosscheck W3C export.
 */
class AnnotationFilesFuzzTest {

	@FuzzTest
	@Timeout(10)
	void readW3c(byte[] bytes) {
		FuzzChecks.onlyClearRefusals(() -> AnnotationFiles.w3c("annotations.jsonld", bytes));
	}

	@FuzzTest
	@Timeout(10)
	void readHypothesis(byte[] bytes) {
		FuzzChecks.onlyClearRefusals(() -> AnnotationFiles.hypothesis("hypothesis.json", bytes));
	}

}
