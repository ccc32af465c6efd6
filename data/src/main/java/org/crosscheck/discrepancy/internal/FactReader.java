package org.crosscheck.discrepancy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.crosscheck.annotation.AnnotatedQuote;
import org.crosscheck.annotation.AnnotationService;
import org.crosscheck.dataset.DatasetRef;
import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.extraction.DateParser;
import org.crosscheck.extraction.DateValue;
import org.crosscheck.extraction.MoneyParser;
import org.crosscheck.extraction.MoneyValue;
import org.crosscheck.extraction.QuoteSuggester;
import org.crosscheck.extraction.QuoteValue;
import org.crosscheck.extraction.Suggestion;
import org.crosscheck.source.SourceText;
import org.crosscheck.text.Sentences;

import org.springframework.stereotype.Component;

/**
 * The facts the check compares, read afresh from each source's text (amounts, dates
 * resolved against the source's current publication date, quotes with their speakers),
 * plus the quotes people annotated by hand.
 */
@Component
public class FactReader {

	private final AnnotationService annotations;

	FactReader(AnnotationService annotations) {
		this.annotations = annotations;
	}

	public Map<Long, List<Fact>> factsOf(DatasetRef ref, List<SourceText> sources) {
		Map<Long, List<Fact>> facts = new HashMap<>();
		// Amounts, dates and speakers repeat across a dataset's sources: each distinct
		// one is held once.
		Map<String, String> shared = new ConcurrentHashMap<>();
		sources.parallelStream()
			.map(source -> read(source, shared))
			.toList()
			.forEach(entry -> facts.put(entry.key(), entry.facts()));
		Map<Long, String> ids = new HashMap<>();
		sources.forEach(source -> ids.put(source.key(), String.valueOf(source.id())));
		for (AnnotatedQuote quote : this.annotations.annotatedQuotes(ref.id())) {
			String id = ids.get(quote.sourceKey());
			if (id != null) {
				facts.computeIfAbsent(quote.sourceKey(), k -> new ArrayList<>())
					.add(new Fact(id, FactKind.QUOTE, quote.start(), quote.end(), quote.exact(), unquote(quote.exact()),
							null));
			}
		}
		return facts;
	}

	private record Entry(long key, List<Fact> facts) {
	}

	private static Entry read(SourceText source, Map<String, String> shared) {
		String id = String.valueOf(source.id());
		LocalDate published = source.publishedDay();
		List<Fact> facts = new ArrayList<>();
		for (Suggestion money : MoneyParser.find(source.text())) {
			MoneyValue value = (MoneyValue) money.value();
			facts.add(Fact.of(id, FactKind.MONEY, money.start(), money.end(), once(shared, money.exact()),
					once(shared, value.currency() + " " + value.amount().toPlainString())));
		}
		for (Suggestion date : DateParser.find(source.text(), published)) {
			DateValue value = (DateValue) date.value();
			facts.add(Fact.of(id, FactKind.DATE, date.start(), date.end(), once(shared, date.exact()),
					value.start() == null ? null
							: once(shared, value.start() + ".." + value.end() + "/" + value.precision())));
		}
		for (Suggestion quote : QuoteSuggester.suggest(source.text(), Sentences.split(source.text()))) {
			QuoteValue value = (QuoteValue) quote.value();
			facts.add(new Fact(id, FactKind.QUOTE, quote.start(), quote.end(), quote.exact(), value.text(),
					value.speaker() == null ? null : once(shared, value.speaker())));
		}
		return new Entry(source.key(), facts);
	}

	/** The one copy of {@code text} that {@code shared} holds. */
	private static String once(Map<String, String> shared, String text) {
		String held = shared.putIfAbsent(text, text);
		return held == null ? text : held;
	}

	private static String unquote(String text) {
		return text.replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "").strip();
	}

}
