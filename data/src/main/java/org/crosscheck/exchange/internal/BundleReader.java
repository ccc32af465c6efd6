package org.crosscheck.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.exchange.BundleLimits;
import org.crosscheck.exchange.internal.BundleModel.Bundle;
import org.crosscheck.exchange.internal.BundleModel.Manifest;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;

/**
 * Opens a bundle file and checks everything that can be checked before the database is
 * touched: the ZIP is whole, entries are few, expected and safely named, each unpacks within
 * the limits and matches the SHA-256 of the manifest, and the JSON is shallow and well formed.
 * Every refusal is one line that names the problem and, for a limit, how to raise it.
 */
public final class BundleReader {

	private static final Set<String> NAMES = names();

	private final BundleLimits limits;

	private final String fileName;

	private long totalBytes;

	private BundleReader(BundleLimits limits, String fileName) {
		this.limits = limits;
		this.fileName = fileName;
	}

	public static Bundle read(Path file, BundleLimits limits) {
		if (!Files.isRegularFile(file)) {
			throw CrosscheckException.notFound("no file " + file + "; check the path (relative paths start at "
					+ Path.of("").toAbsolutePath() + ")");
		}
		BundleReader reader = new BundleReader(limits, file.getFileName().toString());
		Bundle bundle;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			bundle = reader.read(zip);
		}
		catch (ZipException ex) {
			throw reader.refuse("is not a complete ZIP archive (" + ex.getMessage()
					+ "): it was truncated or damaged on the way; ask for a fresh copy");
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		BundleChecks.check(bundle, reader.fileName);
		return bundle;
	}

	private Bundle read(ZipFile zip) throws IOException {
		if (zip.size() > this.limits.maxEntries()) {
			throw refuse("has " + zip.size() + " entries, over the limit of " + this.limits.maxEntries()
					+ " (a Crosscheck bundle has " + NAMES.size() + "); if you trust the file, raise it with --max-entries N");
		}
		Map<String, ZipEntry> entries = new HashMap<>();
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			String name = entry.getName();
			if (name.contains("..") || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
					|| name.matches("^[A-Za-z]:.*")) {
				throw refuse("holds an entry named '" + Printable.of(name) + "' that points outside the bundle; such a file is"
						+ " not a Crosscheck bundle and is refused whole");
			}
			if (!NAMES.contains(name)) {
				throw refuse("holds an unexpected entry '" + Printable.of(name) + "'; a Crosscheck bundle holds only "
						+ String.join(", ", names().stream().sorted().toList()));
			}
			if (entries.put(name, entry) != null) {
				throw refuse("holds the entry '" + name + "' twice; a Crosscheck bundle never does");
			}
		}
		ZipEntry manifestEntry = entries.get(BundleModel.MANIFEST);
		if (manifestEntry == null) {
			throw refuse("has no manifest.json, so it is not a Crosscheck bundle; `export bundle FILE` makes one");
		}
		Manifest manifest = parse(BundleModel.MANIFEST, unpack(zip, manifestEntry), new TypeReference<Manifest>() {
		});
		checkManifest(manifest);
		Map<String, List<?>> lists = new HashMap<>();
		for (String name : BundleModel.ENTRIES) {
			ZipEntry entry = entries.get(name);
			if (entry == null) {
				throw refuse("has no " + name + " though its manifest lists it; the bundle is incomplete, ask for a fresh copy");
			}
			byte[] bytes = unpack(zip, entry);
			if (!Hashes.sha256(bytes).equals(manifest.sha256().get(name))) {
				throw refuse("entry " + name + " does not match its SHA-256 in the manifest: the bundle was changed or"
						+ " damaged after export; ask for a fresh copy");
			}
			List<?> list = parse(name, bytes, typeOf(name));
			Integer count = manifest.counts() == null ? null : manifest.counts().get(name.replace(".json", ""));
			if (count == null || count != list.size()) {
				throw refuse("entry " + name + " holds " + list.size() + " records but the manifest counts " + count
						+ "; the bundle is inconsistent, ask for a fresh copy");
			}
			lists.put(name, list);
		}
		return bundle(manifest.dataset(), lists);
	}

	private void checkManifest(Manifest manifest) {
		if (!BundleModel.FORMAT.equals(manifest.format())) {
			throw refuse("is not a Crosscheck bundle: its manifest's format is '" + manifest.format() + "', not '"
					+ BundleModel.FORMAT + "'");
		}
		if (manifest.version() == null || manifest.version() != BundleModel.VERSION) {
			throw refuse("is bundle version " + manifest.version() + ", but this Crosscheck reads version "
					+ BundleModel.VERSION + " only; import it with the Crosscheck that wrote it, or update Crosscheck");
		}
		if (manifest.dataset() == null || manifest.dataset().isBlank()) {
			throw refuse("has no dataset name in its manifest; the bundle is damaged, ask for a fresh copy");
		}
		if (manifest.sha256() == null || !manifest.sha256().keySet().equals(new HashSet<>(BundleModel.ENTRIES))) {
			throw refuse("has a manifest that does not list a SHA-256 for each of its entries; the bundle is damaged,"
					+ " ask for a fresh copy");
		}
	}

	/** Unpacks one entry, counting as it goes: a decompression bomb is stopped at the limit, not at the end. */
	private byte[] unpack(ZipFile zip, ZipEntry entry) throws IOException {
		long limit = this.limits.maxBytes();
		if (entry.getSize() > limit) {
			throw tooLarge(entry);
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long entryBytes = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				entryBytes += read;
				this.totalBytes += read;
				// Counted as it streams: the sizes a ZIP declares can lie.
				if (entryBytes > limit) {
					throw tooLarge(entry);
				}
				if (this.totalBytes > limit) {
					throw refuse("unpacks to more than the limit of " + this.limits.maxMegabytes()
							+ " MB in total (reached in " + entry.getName()
							+ "); if you trust the bundle, raise it with --max-size MB");
				}
				out.write(buffer, 0, read);
			}
		}
		catch (ZipException ex) {
			throw refuse("entry " + entry.getName() + " is damaged (" + firstLine(ex.getMessage()) + "); ask for a fresh copy");
		}
		catch (java.io.EOFException ex) {
			throw refuse("entry " + entry.getName() + " ends early: the bundle was truncated; ask for a fresh copy");
		}
		return out.toByteArray();
	}

	private CrosscheckException tooLarge(ZipEntry entry) {
		return refuse("entry " + entry.getName() + " unpacks to more than the limit of " + this.limits.maxMegabytes()
				+ " MB; if you trust the bundle, raise it with --max-size MB");
	}

	private <T> T parse(String name, byte[] bytes, TypeReference<T> type) {
		try {
			// A pass over the tokens first, so that the nesting limit applies to the whole text whatever its shape;
			// then straight into records, no tree in between: a 10,000-article bundle must fit the console's heap.
			try (JsonParser tokens = Json.mapper().createParser(bytes)) {
				while (tokens.nextToken() != null) {
					// Only the parser's own limits are wanted here.
				}
			}
			T value = Json.mapper().readerFor(type).readValue(bytes);
			if (value == null) {
				throw refuse("entry " + name + " is empty JSON; the bundle is damaged, ask for a fresh copy");
			}
			return value;
		}
		catch (JacksonException ex) {
			if (Json.tooDeep(ex)) {
				throw refuse("entry " + name + " nests JSON deeper than the limit of " + Json.MAX_DEPTH
						+ " levels; Crosscheck never writes that, so the file is not a genuine bundle");
			}
			throw refuse("entry " + name + " is not the JSON of a Crosscheck bundle (" + firstLine(ex.getOriginalMessage())
					+ "); ask for a fresh copy");
		}
	}

	private static TypeReference<? extends List<?>> typeOf(String name) {
		return switch (name) {
			case BundleModel.SOURCES -> new TypeReference<List<BundleModel.SourceRecord>>() {
			};
			case BundleModel.ENTITIES -> new TypeReference<List<BundleModel.EntityRecord>>() {
			};
			case BundleModel.ANNOTATIONS -> new TypeReference<List<BundleModel.AnnotationRecord>>() {
			};
			case BundleModel.CLAIMS -> new TypeReference<List<BundleModel.ClaimRecord>>() {
			};
			case BundleModel.CONTRACTS -> new TypeReference<List<BundleModel.ContractRecord>>() {
			};
			case BundleModel.EVENTS -> new TypeReference<List<BundleModel.EventRecord>>() {
			};
			case BundleModel.EVIDENCE -> new TypeReference<List<BundleModel.EvidenceRecord>>() {
			};
			case BundleModel.DISCREPANCIES -> new TypeReference<List<BundleModel.DiscrepancyRecord>>() {
			};
			case BundleModel.CELLS -> new TypeReference<List<BundleModel.CellRecord>>() {
			};
			default -> throw new IllegalArgumentException(name);
		};
	}

	@SuppressWarnings("unchecked")
	private static Bundle bundle(String dataset, Map<String, List<?>> lists) {
		return new Bundle(dataset, (List<BundleModel.SourceRecord>) lists.get(BundleModel.SOURCES),
				(List<BundleModel.EntityRecord>) lists.get(BundleModel.ENTITIES),
				(List<BundleModel.AnnotationRecord>) lists.get(BundleModel.ANNOTATIONS),
				(List<BundleModel.ClaimRecord>) lists.get(BundleModel.CLAIMS),
				(List<BundleModel.ContractRecord>) lists.get(BundleModel.CONTRACTS),
				(List<BundleModel.EventRecord>) lists.get(BundleModel.EVENTS),
				(List<BundleModel.EvidenceRecord>) lists.get(BundleModel.EVIDENCE),
				(List<BundleModel.DiscrepancyRecord>) lists.get(BundleModel.DISCREPANCIES),
				(List<BundleModel.CellRecord>) lists.get(BundleModel.CELLS));
	}

	private CrosscheckException refuse(String reason) {
		return CrosscheckException.invalid("bundle " + this.fileName + " " + reason + "; nothing was imported");
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.lines().findFirst().orElse("");
	}

	private static Set<String> names() {
		List<String> names = new ArrayList<>(BundleModel.ENTRIES);
		names.add(BundleModel.MANIFEST);
		return Set.copyOf(names);
	}

}
