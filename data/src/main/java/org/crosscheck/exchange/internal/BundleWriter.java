package org.crosscheck.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
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

	public static byte[] write(Bundle bundle) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		Map<String, Integer> counts = new TreeMap<>();
		Map<String, String> hashes = new TreeMap<>();
		for (String name : BundleModel.ENTRIES) {
			byte[] json = Json.mapper().writeValueAsBytes(bundle.entry(name));
			entries.put(name, json);
			counts.put(name.replace(".json", ""), bundle.entry(name).size());
			hashes.put(name, Hashes.sha256(json));
		}
		Manifest manifest = new Manifest(BundleModel.FORMAT, BundleModel.VERSION, bundle.dataset(), counts, hashes);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, BundleModel.MANIFEST, Json.pretty().writeValueAsBytes(manifest));
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				put(zip, entry.getKey(), entry.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		// A local date-time, not an instant: the bytes must not depend on the writer's time zone.
		entry.setTimeLocal(ZIP_EPOCH);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

}
