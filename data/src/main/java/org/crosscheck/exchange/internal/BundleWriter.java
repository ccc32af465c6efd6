package org.crosscheck.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.crosscheck.exchange.internal.BundleModel.Bundle;
import org.crosscheck.exchange.internal.BundleModel.Manifest;

/**
 * Writes a bundle as ZIP bytes that depend on the data alone: entries in a fixed order, each
 * dated 1980-01-01 (the earliest ZIP date), keys and records sorted, no random data.
 */
public final class BundleWriter {

	private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

	private BundleWriter() {
	}

	/** The bundle as bytes (tests, small datasets); {@link #write(Bundle, OutputStream)} streams it. */
	public static byte[] write(Bundle bundle) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			write(bundle, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Streams the bundle: each entry's JSON goes straight into the ZIP while its SHA-256 is computed, and the manifest,
	 * which lists those hashes, comes last; so a dataset of thousands of articles is never held as bytes in memory.
	 */
	public static void write(Bundle bundle, OutputStream out) throws IOException {
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, String> hashes = new TreeMap<>();
		ZipOutputStream zip = new ZipOutputStream(out);
		for (String name : BundleModel.ENTRIES) {
			zip.putNextEntry(entry(name));
			MessageDigest digest = Hashes.digest();
			// The entry stays open after the JSON: the mapper must not close the ZIP.
			OutputStream entry = new FilterOutputStream(new DigestOutputStream(zip, digest)) {
				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					this.out.write(b, off, len);
				}

				@Override
				public void close() throws IOException {
					flush();
				}
			};
			Json.mapper().writeValue(entry, bundle.entry(name));
			zip.closeEntry();
			counts.put(name.replace(".json", ""), bundle.entry(name).size());
			hashes.put(name, HexFormat.of().formatHex(digest.digest()));
		}
		Manifest manifest = new Manifest(BundleModel.FORMAT, BundleModel.VERSION, bundle.dataset(), counts, hashes);
		put(zip, BundleModel.MANIFEST, Json.pretty().writeValueAsBytes(manifest));
		zip.finish();
		zip.flush();
	}

	private static ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		// A local date-time, not an instant: the bytes must not depend on the writer's time zone.
		entry.setTimeLocal(ZIP_EPOCH);
		return entry;
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(entry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
