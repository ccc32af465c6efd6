package org.crosscheck.exchange.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.crosscheck.exchange.internal.BundleModel.Manifest;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a bundle as ZIP bytes that depend on the data alone: entries in a fixed order,
 * each dated 1980-01-01 (the earliest ZIP date), keys and records sorted, no random data.
 */
public final class BundleWriter {

	private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

	private BundleWriter() {
	}

	/**
	 * Where the records of a bundle come from: each entry's, one at a time, in the
	 * bundle's order.
	 */
	@FunctionalInterface
	public interface Entries {

		/**
		 * Hands each record of {@code entry} (one of {@link BundleModel#ENTRIES}) to
		 * {@code record}.
		 */
		void each(String entry, Consumer<Object> record);

	}

	/**
	 * Streams a bundle: each entry's records go one at a time through a JSON generator
	 * into the ZIP while the entry's SHA-256 is computed, and the manifest, which lists
	 * those hashes and the counts, comes last; so a dataset of thousands of articles is
	 * held neither as records nor as bytes.
	 * @return the records of each entry, by the entry's name without {@code .json}, as
	 * the manifest counts them
	 */
	public static Map<String, Integer> write(String dataset, Entries entries, OutputStream out) throws IOException {
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, String> hashes = new TreeMap<>();
		ZipOutputStream zip = new ZipOutputStream(out);
		try {
			for (String name : BundleModel.ENTRIES) {
				zip.putNextEntry(entry(name));
				MessageDigest digest = Hashes.digest();
				try (JsonGenerator json = Json.mapper()
					.createGenerator(unclosable(new DigestOutputStream(zip, digest)))) {
					counts.put(name.replace(".json", ""), array(json, name, entries));
				}
				zip.closeEntry();
				hashes.put(name, HexFormat.of().formatHex(digest.digest()));
			}
		}
		catch (JacksonIOException ex) {
			// The generator wraps what the file system said; the caller reports that, as
			// for any other write.
			throw ex.getCause();
		}
		Manifest manifest = new Manifest(BundleModel.FORMAT, BundleModel.VERSION, dataset, counts, hashes);
		zip.putNextEntry(entry(BundleModel.MANIFEST));
		zip.write(Json.pretty().writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		zip.flush();
		return counts;
	}

	/**
	 * Writes one entry's records as a JSON array, the same bytes as the mapper gives for
	 * the list of them.
	 */
	private static int array(JsonGenerator json, String name, Entries entries) {
		json.writeStartArray();
		entries.each(name, json::writePOJO);
		// The array's context counts the values written into it: the entry's records.
		int count = json.streamWriteContext().getEntryCount();
		json.writeEndArray();
		return count;
	}

	/**
	 * The entry stays open after its JSON: closing the generator must not close the ZIP.
	 */
	private static OutputStream unclosable(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	private static ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		// A local date-time, not an instant: the bytes must not depend on the writer's
		// time zone.
		entry.setTimeLocal(ZIP_EPOCH);
		return entry;
	}

}
