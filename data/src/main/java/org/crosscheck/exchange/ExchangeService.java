package org.crosscheck.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.ledger.ClaimService;
import org.crosscheck.common.AtomicFiles;
import org.crosscheck.common.CrosscheckException;
import org.crosscheck.common.Remedy;
import org.crosscheck.dataset.Area;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.dataset.DatasetService;
import org.crosscheck.dataset.ReadTracker;
import org.crosscheck.dataset.Numbers;
import org.crosscheck.dataset.Revisions;
import org.crosscheck.discrepancy.DiscrepancyService;
import org.crosscheck.exchange.internal.AnnotationFiles;
import org.crosscheck.exchange.internal.AnnotationImporter;
import org.crosscheck.exchange.internal.BundleMerger;
import org.crosscheck.exchange.internal.BundleModel.EvidenceRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;
import org.crosscheck.exchange.internal.CsvTables;
import org.crosscheck.exchange.internal.FollowTheMoney;
import org.crosscheck.exchange.internal.Json;
import org.crosscheck.exchange.internal.Timeline;
import org.crosscheck.exchange.internal.WebAnnotations;
import org.crosscheck.exchange.internal.BundleModel.Bundle;
import org.crosscheck.exchange.internal.BundleReader;
import org.crosscheck.exchange.internal.BundleWriter;
import org.crosscheck.exchange.internal.DatasetTables;
import org.crosscheck.exchange.internal.Hashes;
import org.crosscheck.extraction.SuggestionService;
import org.crosscheck.notebook.NotebookService;
import org.crosscheck.source.SourceService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shares datasets: exports a dataset as one bundle file and imports bundles without
 * losing or duplicating anything; exports and imports annotations as W3C Web Annotations
 * (and imports Hypothesis's), exports entities and contracts as FollowTheMoney, tables as
 * CSV and the events as a TimelineJS timeline.
 */
@Service
public class ExchangeService {

	private static final Area[] EVERYTHING = { Area.SOURCES, Area.ANNOTATIONS, Area.ENTITIES, Area.CLAIMS,
			Area.DISCREPANCIES, Area.NOTEBOOK };

	/**
	 * The services of the features whose records a bundle copies: exchange writes no
	 * table itself.
	 */
	private final DatasetTables.Owners owners;

	private final DatasetService datasets;

	private final Numbers numbers;

	private final TransactionTemplate transactions;

	private final TransactionTemplate readOnly;

	/**
	 * Largest annotation file read, in bytes: far above any real export, far below
	 * trouble.
	 */
	private static final long MAX_ANNOTATION_FILE = 64L * 1024 * 1024;

	private final String author;

	ExchangeService(DatasetService datasets, Revisions revisions, Numbers numbers, TransactionTemplate transactions,
			SourceService sources, SuggestionService entities, AnnotationService annotations, ClaimService claims,
			DiscrepancyService discrepancies, NotebookService notebook,
			@Value("${crosscheck.user:${user.name:unknown}}") String author) {
		this.author = author;
		this.owners = new DatasetTables.Owners(sources, entities, annotations, claims, discrepancies, notebook,
				revisions);
		this.datasets = datasets;
		this.numbers = numbers;
		this.transactions = transactions;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	// ---- bundle

	/**
	 * Writes the whole dataset to one bundle file; the same data always gives the same
	 * bytes.
	 */
	public BundleExport exportBundle(String dataset, Path file) {
		return exportBundle(dataset, file, DatasetTables.PAGE);
	}

	/**
	 * Streams the dataset into the bundle file, reading {@code page} rows a query: in one
	 * read-only transaction, so that every entry is read from the same dataset, and
	 * without holding the dataset in memory.
	 */
	BundleExport exportBundle(String dataset, Path file, int page) {
		DatasetTables tables = new DatasetTables(this.owners, page);
		return this.readOnly.execute(status -> {
			DatasetRef ref = this.datasets.require(dataset);
			ReadTracker.reads(EVERYTHING);
			Map<String, Integer> counts = new TreeMap<>();
			AtomicFiles.write(file, out -> counts
				.putAll(BundleWriter.write(ref.name(), (entry, record) -> tables.each(ref.id(), entry, record), out)));
			try {
				return new BundleExport(file, ref.name(), counts, Hashes.sha256(file), Files.size(file));
			}
			catch (IOException ex) {
				throw CrosscheckException.io("cannot read back " + file + ": " + ex.getMessage(), ex);
			}
		});
	}

	/**
	 * Imports a bundle, all or nothing: into a new dataset (named as in the bundle, or
	 * {@code as}), or merged into the existing dataset {@code into}. The file is checked
	 * whole before anything is written.
	 */
	public BundleImport importBundle(Path file, String into, String as, BundleLimits limits) {
		if (into != null && as != null) {
			throw CrosscheckException.invalid("merge into a dataset or import as a new dataset, not both");
		}
		// Checked whole first, then read again record by record as it is written: never
		// held in memory whole.
		try (BundleReader bundle = BundleReader.open(file, limits == null ? BundleLimits.defaults() : limits)) {
			return this.transactions.execute(status -> {
				DatasetRef ref;
				boolean created = into == null;
				if (into != null) {
					ref = this.datasets.require(into);
				}
				else {
					String name = as != null ? as : bundle.dataset();
					if (this.datasets.exists(name)) {
						throw CrosscheckException.conflict("dataset " + name + " exists already",
								Remedy.mergeOrRename(name));
					}
					this.datasets.createDataset(name);
					ref = this.datasets.require(name);
				}
				return new BundleMerger(this.owners, this.numbers, ref, created).merge(bundle);
			});
		}
		catch (DataAccessException ex) {
			throw CrosscheckException.invalid("bundle " + file.getFileName() + " could not be stored ("
					+ firstLine(ex.getMostSpecificCause().getMessage()) + "); nothing was imported");
		}
	}

	// ---- W3C Web Annotations and Hypothesis

	/** Writes the dataset's annotations as a W3C Web Annotation collection (JSON-LD). */
	public ExportReport exportW3c(String dataset, Path file) {
		Bundle bundle = snapshot(dataset, Area.SOURCES, Area.ANNOTATIONS);
		Map<String, SourceRecord> sources = new HashMap<>();
		bundle.sources().forEach(s -> sources.put(s.uid(), s));
		Map<String, Object> collection = WebAnnotations.collection(bundle.dataset(), bundle.annotations(), sources);
		AtomicFiles.write(file, Json.pretty().writeValueAsBytes(collection));
		int orphans = (int) bundle.annotations().stream().filter(a -> a.start() == null).count();
		return new ExportReport(file, Map.of("annotations", bundle.annotations().size(), "orphans", orphans), 0);
	}

	/**
	 * Imports W3C Web Annotations (one annotation, an AnnotationPage or an
	 * AnnotationCollection with its first page embedded), anchoring each to the source at
	 * its target's address.
	 */
	public AnnotationImport importW3c(String dataset, Path file) {
		byte[] bytes = readFile(file, MAX_ANNOTATION_FILE);
		return importAnnotations(dataset, AnnotationFiles.w3c(file.getFileName().toString(), bytes));
	}

	/**
	 * Imports annotations made with Hypothesis, as its API returns them (a search result
	 * or one annotation).
	 */
	public AnnotationImport importHypothesis(String dataset, Path file) {
		byte[] bytes = readFile(file, MAX_ANNOTATION_FILE);
		return importAnnotations(dataset, AnnotationFiles.hypothesis(file.getFileName().toString(), bytes));
	}

	private AnnotationImport importAnnotations(String dataset, AnnotationFiles.Read read) {
		return this.transactions.execute(status -> {
			DatasetRef ref = this.datasets.require(dataset);
			return new AnnotationImporter(this.owners.sources(), this.owners.annotations(), this.owners.revisions(),
					this.numbers)
				.write(ref, read.annotations(), read.refused(), this.author);
		});
	}

	// ---- FollowTheMoney, CSV, timeline

	/**
	 * Writes entities, sources, contracts and events as FollowTheMoney entities, one JSON
	 * object per line.
	 */
	public ExportReport exportFtm(String dataset, Path file) {
		Bundle bundle = snapshot(dataset, EVERYTHING);
		FollowTheMoney.Rendered rendered = new FollowTheMoney(bundle).render();
		AtomicFiles.write(file, rendered.lines().stream().map(line -> line + "\n").collect(Collectors.joining()));
		return new ExportReport(file, rendered.counts(), 0);
	}

	/**
	 * Writes sources, annotations, contracts, events and discrepancies as CSV files into
	 * a folder.
	 */
	public ExportReport exportCsv(String dataset, Path folder) {
		Bundle bundle = snapshot(dataset, EVERYTHING);
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw CrosscheckException.invalid(folder + " is a file; name a folder for the CSV files");
		}
		Map<String, String> files = CsvTables.render(bundle);
		files.forEach((name, content) -> AtomicFiles.write(folder.resolve(name), content));
		return new ExportReport(folder, CsvTables.counts(bundle), 0);
	}

	/**
	 * Writes the events as a TimelineJS timeline; unresolved events are left out and
	 * counted.
	 */
	public ExportReport exportTimeline(String dataset, Path file) {
		Bundle bundle = snapshot(dataset, Area.CLAIMS, Area.ANNOTATIONS);
		Map<String, String> exactByUid = new HashMap<>();
		bundle.annotations().forEach(a -> exactByUid.put(a.uid(), a.exact()));
		Map<String, List<String>> quotes = new HashMap<>();
		for (EvidenceRecord link : bundle.evidence()) {
			if ("event".equals(link.ownerKind()) && exactByUid.containsKey(link.annotation())) {
				quotes.computeIfAbsent(link.owner(), k -> new ArrayList<>()).add(exactByUid.get(link.annotation()));
			}
		}
		Map<String, Object> timeline = Timeline.render(bundle.dataset(), bundle.events(), quotes);
		AtomicFiles.write(file, Json.pretty().writeValueAsBytes(timeline));
		int placed = ((List<?>) timeline.get("events")).size();
		return new ExportReport(file, Map.of("events", placed), bundle.events().size() - placed);
	}

	private Bundle snapshot(String dataset, Area... areas) {
		return this.readOnly.execute(status -> {
			DatasetRef ref = this.datasets.require(dataset);
			ReadTracker.reads(areas);
			return new DatasetTables(this.owners).read(ref.id(), ref.name());
		});
	}

	static String firstLine(String text) {
		return text == null ? "" : text.lines().findFirst().orElse("");
	}

	static byte[] readFile(Path file, long maxBytes) {
		if (!Files.isRegularFile(file)) {
			throw CrosscheckException.notFound("no file " + file + "; check the path (relative paths start at "
					+ Path.of("").toAbsolutePath() + ")");
		}
		try {
			if (Files.size(file) > maxBytes) {
				throw CrosscheckException
					.invalid(file.getFileName() + " is larger than the limit of " + maxBytes / (1024 * 1024)
							+ " MB; split it into smaller files and import each; nothing was imported");
			}
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw CrosscheckException.io("cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}
