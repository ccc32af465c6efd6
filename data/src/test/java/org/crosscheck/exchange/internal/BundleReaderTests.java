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

import static org.assertj.core.api.Assertions.assertThat;
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

	// Found by BundleReaderFuzzTest#readBundleFile: an entry name with a line break broke
	// the one-line refusal.
	@Test
	void entryNameWithALineBreakIsQuotedOnOneLine() throws Exception {
		Path file = zipWithEntry("cells\n.json");

		assertThatThrownBy(() -> BundleReader.check(file, BundleLimits.defaults()))
			.isInstanceOf(CrosscheckException.class)
			.hasMessageStartingWith("bundle story.crosscheck holds an unexpected entry 'cells\\u000A.json';")
			.hasMessageNotContaining("\n");
	}

	@Test
	void longEntryNameIsCutShort() throws Exception {
		Path file = zipWithEntry("../" + "a".repeat(5000));

		assertThatThrownBy(() -> BundleReader.check(file, BundleLimits.defaults()))
			.hasMessageContaining("'../" + "a".repeat(77) + "...' that points outside the bundle");
	}

	private Path bundleOfEntries(String... entries) throws Exception {
		return Files.write(this.folder.resolve("story.crosscheck"),
				BundleReaderFuzzTest.bundleOf(String.join(BundleReaderFuzzTest.SEPARATOR, entries)));
	}

	@Test
	void aWellFormedEmptyBundleIsAccepted() throws Exception {
		Path file = bundleOfEntries("[]");

		try (BundleReader reader = BundleReader.open(file, BundleLimits.defaults())) {
			assertThat(reader.dataset()).isEqualTo("fuzz");
		}
	}

	@Test
	void entryThatIsNoListOfRecordsIsRefusedByName() throws Exception {
		assertThatThrownBy(() -> BundleReader.check(bundleOfEntries("{}"), BundleLimits.defaults())).hasMessage(
				"bundle story.crosscheck entry sources.json is not a list of records; the bundle is damaged, ask"
						+ " for a fresh copy; nothing was imported");
		assertThatThrownBy(() -> BundleReader.check(bundleOfEntries("[]", "[null]"), BundleLimits.defaults()))
			.hasMessageStartingWith("bundle story.crosscheck entry entities.json holds an empty record;");
		assertThatThrownBy(() -> BundleReader.check(bundleOfEntries("[] []"), BundleLimits.defaults()))
			.hasMessageStartingWith("bundle story.crosscheck entry sources.json holds more after its list of records;");
		assertThatThrownBy(() -> BundleReader.check(bundleOfEntries("[{\"uid\": [1, 2]}]"), BundleLimits.defaults()))
			.hasMessageStartingWith(
					"bundle story.crosscheck entry sources.json is not the JSON of a Crosscheck bundle (");
	}

	@Test
	void recordsAreCheckedAgainstTheEntriesBeforeThem() throws Exception {
		String annotation = "[{\"uid\": \"7d3c8a53-6f5e-4d7a-9a59-0f6f7f1b2c11\", \"num\": 1, \"kind\": \"note\","
				+ " \"source\": \"2b1e0c47-8d4f-4b33-a1d2-5c6e7f8a9b00\", \"exact\": \"words\"}]";

		assertThatThrownBy(() -> BundleReader.check(bundleOfEntries("[]", "[]", annotation), BundleLimits.defaults()))
			.hasMessage(
					"bundle story.crosscheck is inconsistent at annotations.json record 7d3c8a53-6f5e-4d7a-9a59-0f6f7f1b2c11:"
							+ " it names source 2b1e0c47-8d4f-4b33-a1d2-5c6e7f8a9b00, which the bundle does not hold; nothing was"
							+ " imported, ask for a fresh export");
	}

}
