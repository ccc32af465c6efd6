package org.crosscheck.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.crosscheck.common.FuzzChecks;
import org.crosscheck.exchange.BundleLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;

/**
 * Fuzzes the reading and checking of a bundle, everything a bundle import does before it
 * touches the database. The ZIP target gets whole files; the entries target builds a
 * bundle with a valid manifest around fuzzed JSON, so that the fuzzer reaches the JSON
 * and the checks of the records rather than stopping at the SHA-256 of every entry.
 */
class BundleReaderFuzzTest {

	/**
	 * Small limits, so that memory stays bounded and the limits' own refusals are fuzzed
	 * too.
	 */
	private static final BundleLimits LIMITS = new BundleLimits(16, 1024 * 1024);

	/**
	 * Separates the entries in a seed of {@link #readBundleEntries}, in the order of
	 * {@link BundleModel#ENTRIES}.
	 */
	static final String SEPARATOR = "\n--\n";

	private static final Path FILE = temporaryFile();

	@AfterAll
	static void cleanUp() throws IOException {
		Files.deleteIfExists(FILE);
	}

	/** Any bytes as a bundle file. */
	@FuzzTest
	@Timeout(10)
	void readBundleFile(byte[] bytes) throws IOException {
		Files.write(FILE, bytes);
		FuzzChecks.onlyClearRefusals(() -> BundleReader.check(FILE, LIMITS));
	}

	/**
	 * Fuzzed JSON entries in a well-formed bundle: manifest, hashes and counts as an
	 * export writes them.
	 */
	@FuzzTest
	@Timeout(10)
	void readBundleEntries(byte[] bytes) throws IOException {
		Files.write(FILE, bundleOf(FuzzChecks.text(bytes)));
		FuzzChecks.onlyClearRefusals(() -> BundleReader.check(FILE, LIMITS));
	}

	/**
	 * A bundle whose entries are the parts of {@code text}; a missing part is an empty
	 * list.
	 */
	static byte[] bundleOf(String text) {
		String[] parts = text.split(SEPARATOR, -1);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, String> hashes = new TreeMap<>();
		for (int i = 0; i < BundleModel.ENTRIES.size(); i++) {
			String name = BundleModel.ENTRIES.get(i);
			byte[] json = (i < parts.length ? parts[i] : "[]").getBytes(StandardCharsets.UTF_8);
			entries.put(name, json);
			counts.put(name.replace(".json", ""), count(json));
			hashes.put(name, Hashes.sha256(json));
		}
		String dataset = parts.length > BundleModel.ENTRIES.size() ? parts[BundleModel.ENTRIES.size()] : "fuzz";
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", BundleModel.FORMAT);
		manifest.put("version", BundleModel.VERSION);
		manifest.put("dataset", dataset);
		manifest.put("counts", counts);
		manifest.put("sha256", hashes);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, BundleModel.MANIFEST, Json.mapper().writeValueAsBytes(manifest));
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				put(zip, entry.getKey(), entry.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The records of an entry as the manifest would count them; 0 when it is no JSON
	 * array.
	 */
	private static int count(byte[] json) {
		try {
			JsonNode tree = Json.mapper().readTree(json);
			return tree != null && tree.isArray() ? tree.size() : 0;
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

	private static Path temporaryFile() {
		try {
			return Files.createTempFile("fuzz-", ".crosscheck");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
