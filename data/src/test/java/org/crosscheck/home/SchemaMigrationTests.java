package org.crosscheck.home;

import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationTests {

	@Test
	void latestVersionIsTheNewestMigrationSoNoMigrationIsSkipped() throws IOException {
		Resource[] migrations = new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/V*__*.sql");

		int newest = Arrays.stream(migrations)
			.map(Resource::getFilename)
			.mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
			.max()
			.orElseThrow();

		assertThat(SchemaMigration.LATEST_VERSION).isEqualTo(newest);
	}

}
