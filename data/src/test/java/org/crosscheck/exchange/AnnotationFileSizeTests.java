package org.crosscheck.exchange;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import org.crosscheck.common.CrosscheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The size limit of an annotation file is checked before the file is read. */
class AnnotationFileSizeTests {

	@TempDir
	Path folder;

	@Test
	void annotationFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		Path file = this.folder.resolve("all.jsonld");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(65L * 1024 * 1024);
		}
		assertThatThrownBy(() -> ExchangeService.readFile(file, 64L * 1024 * 1024))
			.isInstanceOf(CrosscheckException.class)
			.hasMessage("all.jsonld is larger than the limit of 64 MB; split it into smaller files and import each;"
					+ " nothing was imported");
	}

}
