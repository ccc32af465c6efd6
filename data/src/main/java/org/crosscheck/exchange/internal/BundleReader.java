package org.crosscheck.exchange.internal;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.exchange.BundleLimits;
import org.crosscheck.exchange.internal.BundleModel.Manifest;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Opens a bundle file and reads its records one at a time, never a whole entry: a bundle
 * of thousands of articles is read twice (once to check it, once to write it) within a
 * heap that could not hold it. Everything that can be checked is checked before the
 * database is touched: the ZIP is whole, entries are few, expected and safely named, each
 * unpacks within the limits and matches the SHA-256 and count of the manifest, the JSON
 * is shallow and well formed, and the records agree with each other
 * ({@link BundleChecks}). Every refusal is one line that names the problem and, for a
 * limit, how to raise it.
 */
public final class BundleReader implements AutoCloseable {

	private static final Set<String> NAMES = names();

	/**
	 * Reads one record at a time from a parser that goes on to the next; the parser
	 * leaves the entry's stream open.
	 */
	private static final ObjectReader RECORDS = Json.mapper()
		.reader()
		.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.without(StreamReadFeature.AUTO_CLOSE_SOURCE);

	private final BundleLimits limits;

	private final String fileName;

	private final ZipFile zip;

	private final Map<String, ZipEntry> entries = new HashMap<>();

	private Manifest manifest;

	/** Bytes unpacked in the checking pass, all entries together; negative outside it. */
	private long totalBytes = -1;

	private BundleReader(ZipFile zip, BundleLimits limits, String fileName) {
		this.zip = zip;
		this.limits = limits;
		this.fileName = fileName;
	}

	/**
	 * Opens a bundle and checks it whole; the caller then reads its records again with
	 * {@link #records} to write them, and closes it.
	 */
	public static BundleReader open(Path file, BundleLimits limits) {
		if (!Files.isRegularFile(file)) {
			throw CrosscheckException.notFound("no file " + file + "; check the path (relative paths start at "
					+ Path.of("").toAbsolutePath() + ")");
		}
		String fileName = file.getFileName().toString();
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw refuse(fileName, "is not a complete ZIP archive (" + ex.getMessage()
					+ "): it was truncated or damaged on the way; ask for a fresh copy");
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot read " + file + ": " + ex.getMessage(), ex);
		}
		BundleReader reader = new BundleReader(zip, limits, fileName);
		try {
			reader.openEntries();
			reader.check();
			return reader;
		}
		catch (RuntimeException | Error ex) {
			reader.close();
			throw ex;
		}
	}

	/**
	 * Checks a bundle without writing it anywhere: what an import does before it touches
	 * the database.
	 */
	public static void check(Path file, BundleLimits limits) {
		open(file, limits).close();
	}

	/** The dataset name the bundle was exported from. */
	public String dataset() {
		return this.manifest.dataset();
	}

	/**
	 * Reads the records of one entry in order, handing each to {@code each}. The entry's
	 * bytes are checked against the manifest again as they stream, so a file changed
	 * since it was checked is refused (and the caller's transaction undone) rather than
	 * half-read.
	 */
	public <T> void records(String name, Class<T> type, Consumer<? super T> each) {
		ZipEntry entry = this.entries.get(name);
		MessageDigest digest = Hashes.digest();
		RuntimeException refusal = null;
		int count = 0;
		try (InputStream in = new DigestInputStream(new Limited(this.zip.getInputStream(entry), entry), digest)) {
			try (JsonParser parser = RECORDS.createParser(in)) {
				JsonToken first = parser.nextToken();
				if (first == null) {
					throw refuse("entry " + name + " is empty; the bundle is damaged, ask for a fresh copy");
				}
				if (first != JsonToken.START_ARRAY) {
					throw refuse(
							"entry " + name + " is not a list of records; the bundle is damaged, ask for a fresh copy");
				}
				for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
					// Each record as a tree first, so that the nesting limit holds
					// whatever shape the record has.
					JsonNode node = RECORDS.readTree(parser);
					if (node == null || node.isNull()) {
						throw refuse("entry " + name
								+ " holds an empty record; the bundle is damaged, ask for a fresh copy");
					}
					T record = Json.mapper().treeToValue(node, type);
					count++;
					each.accept(record);
				}
				if (parser.nextToken() != null) {
					throw refuse(
							"entry " + name + " holds more after its list of records; the bundle is damaged, ask for a"
									+ " fresh copy");
				}
			}
			catch (JacksonException ex) {
				refusal = notJson(name, ex);
			}
			catch (CrosscheckException ex) {
				refusal = ex;
			}
			// The rest of the entry still counts: a changed file is named as such before
			// what it broke. A limit or
			// damage met while parsing is met again here, and refused as it is.
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (ZipException ex) {
			throw refuse("entry " + name + " is damaged (" + firstLine(ex.getMessage()) + "); ask for a fresh copy");
		}
		catch (EOFException ex) {
			throw refuse("entry " + name + " ends early: the bundle was truncated; ask for a fresh copy");
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot read bundle " + this.fileName + ": " + ex.getMessage(), ex);
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(this.manifest.sha256().get(name))) {
			throw refuse("entry " + name + " does not match its SHA-256 in the manifest: the bundle was changed or"
					+ " damaged after export; ask for a fresh copy");
		}
		if (refusal != null) {
			throw refusal;
		}
		Integer expected = this.manifest.counts() == null ? null
				: this.manifest.counts().get(name.replace(".json", ""));
		if (expected == null || expected != count) {
			throw refuse("entry " + name + " holds " + count + " records but the manifest counts " + expected
					+ "; the bundle is inconsistent, ask for a fresh copy");
		}
	}

	@Override
	public void close() {
		try {
			this.zip.close();
		}
		catch (IOException ex) {
			// Only read from: nothing is lost when closing fails.
		}
	}

	private void openEntries() {
		if (this.zip.size() > this.limits.maxEntries()) {
			throw refuse("has " + this.zip.size() + " entries, over the limit of " + this.limits.maxEntries()
					+ " (a Crosscheck bundle has " + NAMES.size() + ")", Remedy.raiseLimit("entries"));
		}
		Enumeration<? extends ZipEntry> all = this.zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			String name = entry.getName();
			if (name.contains("..") || name.startsWith("/") || name.startsWith("\\") || name.contains("\\")
					|| name.matches("^[A-Za-z]:.*")) {
				throw refuse("holds an entry named '" + Printable.of(name)
						+ "' that points outside the bundle; such a file is"
						+ " not a Crosscheck bundle and is refused whole");
			}
			if (!NAMES.contains(name)) {
				throw refuse("holds an unexpected entry '" + Printable.of(name) + "'; a Crosscheck bundle holds only "
						+ String.join(", ", NAMES.stream().sorted().toList()));
			}
			if (this.entries.put(name, entry) != null) {
				throw refuse("holds the entry '" + name + "' twice; a Crosscheck bundle never does");
			}
		}
		ZipEntry manifestEntry = this.entries.get(BundleModel.MANIFEST);
		if (manifestEntry == null) {
			throw refuse("has no manifest.json, so it is not a Crosscheck bundle", Remedy.exportBundle());
		}
		this.manifest = manifest(manifestEntry);
		for (String name : BundleModel.ENTRIES) {
			if (!this.entries.containsKey(name)) {
				throw refuse("has no " + name
						+ " though its manifest lists it; the bundle is incomplete, ask for a fresh copy");
			}
		}
	}

	/**
	 * The checking pass: every entry streamed once, each record checked against those
	 * before it.
	 */
	private void check() {
		this.totalBytes = 0;
		BundleChecks checks = new BundleChecks(this.fileName);
		records(BundleModel.SOURCES, BundleModel.SourceRecord.class, checks::source);
		records(BundleModel.ENTITIES, BundleModel.EntityRecord.class, checks::entity);
		records(BundleModel.ANNOTATIONS, BundleModel.AnnotationRecord.class, checks::annotation);
		records(BundleModel.CLAIMS, BundleModel.ClaimRecord.class, checks::claim);
		records(BundleModel.CONTRACTS, BundleModel.ContractRecord.class, checks::contract);
		records(BundleModel.EVENTS, BundleModel.EventRecord.class, checks::event);
		records(BundleModel.DISCREPANCIES, BundleModel.DiscrepancyRecord.class, checks::discrepancy);
		records(BundleModel.EVIDENCE, BundleModel.EvidenceRecord.class, checks::evidence);
		records(BundleModel.CELLS, BundleModel.CellRecord.class, checks::cell);
		this.totalBytes = -1;
	}

	private Manifest manifest(ZipEntry entry) {
		byte[] bytes;
		try (InputStream in = new Limited(this.zip.getInputStream(entry), entry)) {
			bytes = in.readAllBytes();
		}
		catch (ZipException ex) {
			throw refuse("entry " + entry.getName() + " is damaged (" + firstLine(ex.getMessage())
					+ "); ask for a fresh copy");
		}
		catch (EOFException ex) {
			throw refuse("entry " + entry.getName() + " ends early: the bundle was truncated; ask for a fresh copy");
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot read bundle " + this.fileName + ": " + ex.getMessage(), ex);
		}
		Manifest manifest;
		try {
			manifest = Json.mapper().readValue(bytes, Manifest.class);
		}
		catch (JacksonException ex) {
			throw notJson(BundleModel.MANIFEST, ex);
		}
		if (manifest == null) {
			throw refuse(
					"entry " + BundleModel.MANIFEST + " is empty JSON; the bundle is damaged, ask for a fresh copy");
		}
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
		return manifest;
	}

	/**
	 * A refusal for JSON the bundle cannot hold; limits and damage found by the stream
	 * underneath keep their own words.
	 */
	private RuntimeException notJson(String name, JacksonException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CrosscheckException refusal) {
				return refusal;
			}
			if (cause instanceof ZipException zip) {
				return refuse(
						"entry " + name + " is damaged (" + firstLine(zip.getMessage()) + "); ask for a fresh copy");
			}
			if (cause instanceof EOFException) {
				return refuse("entry " + name + " ends early: the bundle was truncated; ask for a fresh copy");
			}
		}
		if (Json.tooDeep(ex)) {
			return refuse("entry " + name + " nests JSON deeper than the limit of " + Json.MAX_DEPTH
					+ " levels; Crosscheck never writes that, so the file is not a genuine bundle");
		}
		return refuse("entry " + name + " is not the JSON of a Crosscheck bundle (" + firstLine(ex.getOriginalMessage())
				+ "); ask for a fresh copy");
	}

	/**
	 * An entry's bytes, counted as they stream: a decompression bomb is stopped at the
	 * limit, not at the end, and the sizes a ZIP declares are not trusted.
	 */
	private final class Limited extends FilterInputStream {

		private final ZipEntry entry;

		private long bytes;

		Limited(InputStream in, ZipEntry entry) {
			super(in);
			this.entry = entry;
			if (entry.getSize() > BundleReader.this.limits.maxBytes()) {
				throw tooLarge();
			}
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int read) {
			long limit = BundleReader.this.limits.maxBytes();
			this.bytes += read;
			if (this.bytes > limit) {
				throw tooLarge();
			}
			if (BundleReader.this.totalBytes >= 0) {
				BundleReader.this.totalBytes += read;
				if (BundleReader.this.totalBytes > limit) {
					throw refuse(
							"unpacks to more than the limit of " + BundleReader.this.limits.maxMegabytes()
									+ " MB in total (reached in " + this.entry.getName() + ")",
							Remedy.raiseLimit("bundle size"));
				}
			}
		}

		private CrosscheckException tooLarge() {
			return refuse("entry " + this.entry.getName() + " unpacks to more than the limit of "
					+ BundleReader.this.limits.maxMegabytes() + " MB", Remedy.raiseLimit("bundle size"));
		}

	}

	private CrosscheckException refuse(String reason) {
		return refuse(this.fileName, reason);
	}

	private static CrosscheckException refuse(String fileName, String reason) {
		return CrosscheckException.invalid("bundle " + fileName + " " + reason + "; nothing was imported");
	}

	/** A refusal with what the user can do about it, before "nothing was imported". */
	private CrosscheckException refuse(String reason, Remedy remedy) {
		return new CrosscheckException(CrosscheckException.Kind.INVALID_INPUT,
				"bundle " + this.fileName + " " + reason + "; " + remedy.words() + "; nothing was imported", remedy);
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
