package org.crosscheck.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.extraction.DateParser;
import org.crosscheck.extraction.DateValue;
import org.crosscheck.extraction.MoneyParser;
import org.crosscheck.extraction.MoneyValue;
import org.crosscheck.extraction.QuoteSuggester;
import org.crosscheck.extraction.QuoteValue;
import org.crosscheck.extraction.Suggestion;
import org.crosscheck.text.Sentences;

/**
 * The facts a check compares, read from a text the way the product reads them for
 * {@code discrepancy check} ({@code org.crosscheck.discrepancy.internal.FactReader}):
 * amounts, dates resolved against the publication day, quotes with their speakers.
 */
public final class BenchFacts {

	private BenchFacts() {
	}

	/**
	 * The amounts, dates and quotes of {@code text}; dates resolve against
	 * {@code published} (may be null).
	 */
	public static List<Fact> of(String id, String text, LocalDate published) {
		List<Fact> facts = new ArrayList<>();
		for (Suggestion money : MoneyParser.find(text)) {
			MoneyValue value = (MoneyValue) money.value();
			facts.add(Fact.of(id, FactKind.MONEY, money.start(), money.end(), money.exact(),
					value.currency() + " " + value.amount().toPlainString()));
		}
		for (Suggestion date : DateParser.find(text, published)) {
			DateValue value = (DateValue) date.value();
			facts.add(Fact.of(id, FactKind.DATE, date.start(), date.end(), date.exact(),
					value.start() == null ? null : value.start() + ".." + value.end() + "/" + value.precision()));
		}
		for (Suggestion quote : QuoteSuggester.suggest(text, Sentences.split(text))) {
			QuoteValue value = (QuoteValue) quote.value();
			facts.add(new Fact(id, FactKind.QUOTE, quote.start(), quote.end(), quote.exact(), value.text(),
					value.speaker()));
		}
		return facts;
	}

}
