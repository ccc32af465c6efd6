package org.crosscheck.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.exchange.BundleLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refusals of the bundle reader that quote what the archive holds. */
class BundleReaderTests {

	@TempDir
	Path folder;

	private Path zipWithEntry(String name) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write('x');
			zip.closeEntry();
		}
		return Files.write(this.folder.resolve("story.crosscheck"), bytes.toByteArray());
	}

	// Found by BundleReaderFuzzTest#readBundleFile: an entry name with a line break broke the one-line refusal.
	@Test
	void entryNameWithALineBreakIsQuotedOnOneLine() throws Exception {
		Path file = zipWithEntry("cells\n.json");

		assertThatThrownBy(() -> BundleReader.read(file, BundleLimits.defaults())).isInstanceOf(CrosscheckException.class)
			.hasMessageStartingWith("bundle story.crosscheck holds an unexpected entry 'cells\\u000A.json';")
			.hasMessageNotContaining("\n");
	}

	@Test
	void longEntryNameIsCutShort() throws Exception {
		Path file = zipWithEntry("../" + "a".repeat(5000));

		assertThatThrownBy(() -> BundleReader.read(file, BundleLimits.defaults()))
			.hasMessageContaining("'../" + "a".repeat(77) + "...' that points outside the bundle");
	}

}
