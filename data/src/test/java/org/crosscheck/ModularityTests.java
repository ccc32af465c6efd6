package org.crosscheck;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The features of the domain depend on each other only through their public packages,
 * never on another feature's {@code internal} package, and without cycles.
 */
class ModularityTests {

	@Test
	void featuresDependOnEachOtherOnlyThroughTheirPublicApiAndWithoutCycles() {
		ApplicationModules
			.of(DataTestApplication.class,
					JavaClass.Predicates.resideInAPackage("org.crosscheck.bench..")
						.or(JavaClass.Predicates.simpleNameEndingWith("Tests"))
						.or(JavaClass.Predicates.simpleNameEndingWith("Test")))
			.verify();
	}

}
