package org.crosscheck.exchange.internal;

import org.crosscheck.common.Csv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crosscheck.exchange.internal.BundleModel.AnnotationRecord;
import org.crosscheck.exchange.internal.BundleModel.Bundle;
import org.crosscheck.exchange.internal.BundleModel.ContractRecord;
import org.crosscheck.exchange.internal.BundleModel.DiscrepancyRecord;
import org.crosscheck.exchange.internal.BundleModel.EventRecord;
import org.crosscheck.exchange.internal.BundleModel.EvidenceRecord;
import org.crosscheck.exchange.internal.BundleModel.SourceRecord;

/**
 * The dataset's tables as CSV files for spreadsheets: sources, annotations, contracts
 * (with the columns of a federal award record), events and discrepancies. Records are
 * named by their numbers in the dataset, so rows can be looked up in the console.
 */
public final class CsvTables {

	public static final String SOURCES = "sources.csv";

	public static final String ANNOTATIONS = "annotations.csv";

	public static final String CONTRACTS = "contracts.csv";

	public static final String EVENTS = "events.csv";

	public static final String DISCREPANCIES = "discrepancies.csv";

	private CsvTables() {
	}

	/** File name to content, in a fixed order. */
	public static Map<String, String> render(Bundle bundle) {
		Map<String, Integer> sourceNums = new HashMap<>();
		bundle.sources().forEach(s -> sourceNums.put(s.uid(), s.num()));
		Map<String, AnnotationRecord> annotations = new HashMap<>();
		bundle.annotations().forEach(a -> annotations.put(a.uid(), a));
		Map<String, List<String>> evidence = new HashMap<>();
		for (EvidenceRecord link : bundle.evidence()) {
			AnnotationRecord a = annotations.get(link.annotation());
			evidence.computeIfAbsent(link.ownerKind() + ":" + link.owner(), k -> new ArrayList<>())
				.add("source " + sourceNums.get(a.source()) + ": “" + a.exact() + "”");
		}
		Map<String, String> files = new LinkedHashMap<>();
		Csv sources = new Csv(List.of("id", "uid", "title", "outlet", "url", "author", "published", "retrieved_at",
				"content_hash", "characters"));
		for (SourceRecord s : bundle.sources()) {
			sources.row(List.of(s.num(), s.uid(), or(s.title()), or(s.outlet()), or(s.url()), or(s.author()),
					or(s.published()), s.retrievedAt(), s.contentHash(), s.cleanText().length()));
		}
		files.put(SOURCES, sources.toString());
		Csv annotationRows = new Csv(List.of("id", "uid", "source", "kind", "exact", "start", "end", "anchor", "note",
				"tags", "author", "created", "modified"));
		for (AnnotationRecord a : bundle.annotations()) {
			annotationRows.row(List.of(a.num(), a.uid(), sourceNums.get(a.source()), a.kind(), a.exact(), or(a.start()),
					or(a.end()), or(a.anchor()), or(a.note()),
					String.join("; ", a.tags() == null ? List.of() : a.tags()), or(a.author()), a.created(),
					a.modified()));
		}
		files.put(ANNOTATIONS, annotationRows.toString());
		Csv contracts = new Csv(List.of("award_id", "recipient_name", "awarding_agency_name", "total_obligation",
				"base_and_all_options_value", "currency", "award_date", "period_of_performance_current_end_date",
				"period_of_performance_potential_end_date", "description", "evidence"));
		for (ContractRecord c : bundle.contracts()) {
			contracts.row(List.of(c.num(), c.vendor(), or(c.agency()), or(c.obligated()), or(c.ceiling()),
					or(c.currency()), or(c.awardDate()), or(c.periodEnd()), or(c.optionsEnd()), or(c.purpose()),
					String.join(" | ", evidence.getOrDefault("contract:" + c.uid(), List.of()))));
		}
		files.put(CONTRACTS, contracts.toString());
		Csv events = new Csv(List.of("id", "uid", "start", "end", "precision", "status", "date_text", "description",
				"entities", "evidence"));
		for (EventRecord e : bundle.events()) {
			events.row(List.of(e.num(), e.uid(), or(e.start()), or(e.end()), or(e.precision()), e.status(),
					or(e.dateText()), e.description(),
					String.join("; ", e.entities() == null ? List.of() : e.entities()),
					String.join(" | ", evidence.getOrDefault("event:" + e.uid(), List.of()))));
		}
		files.put(EVENTS, events.toString());
		Csv discrepancies = new Csv(List.of("id", "uid", "kind", "severity", "status", "raised_by", "summary",
				"left_source", "left_words", "right_source", "right_words", "notes", "created", "updated"));
		for (DiscrepancyRecord d : bundle.discrepancies()) {
			discrepancies.row(List.of(d.num(), d.uid(), d.kind(), d.severity(), d.status(), d.raisedBy(), d.summary(),
					d.left() == null ? "" : or(sourceNums.get(d.left().source())),
					d.left() == null ? "" : or(d.left().exact()),
					d.right() == null ? "" : or(sourceNums.get(d.right().source())),
					d.right() == null ? "" : or(d.right().exact()), or(d.notes()), d.createdAt(), d.updatedAt()));
		}
		files.put(DISCREPANCIES, discrepancies.toString());
		return files;
	}

	/** Rows per file. */
	public static Map<String, Integer> counts(Bundle bundle) {
		Map<String, Integer> counts = new TreeMap<>();
		counts.put(SOURCES, bundle.sources().size());
		counts.put(ANNOTATIONS, bundle.annotations().size());
		counts.put(CONTRACTS, bundle.contracts().size());
		counts.put(EVENTS, bundle.events().size());
		counts.put(DISCREPANCIES, bundle.discrepancies().size());
		return counts;
	}

	/** Empty text for a missing value: List.of refuses nulls, and CSV has no null. */
	private static Object or(Object value) {
		return value == null ? "" : value;
	}

}
