package org.crosscheck.extraction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.extraction.ContractDraft;
import org.crosscheck.extraction.DateParser;
import org.crosscheck.extraction.EventDraft;
import org.crosscheck.extraction.MoneyParser;
import org.crosscheck.extraction.QuoteSuggester;
import org.crosscheck.extraction.Suggestion;
import org.crosscheck.extraction.SuggestionKind;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.Sentences.Sentence;

/**
 * One call for every suggester: entities, money, dates and quotes of a text, in reading
 * order.
 */
public final class Suggesters {

	private static final Comparator<Suggestion> READING_ORDER = Comparator.comparingInt(Suggestion::start)
		.thenComparing(Comparator.comparingInt(Suggestion::end).reversed())
		.thenComparing(Suggestion::kind);

	private Suggesters() {
	}

	/**
	 * All suggestions for {@code text}, dates resolved against {@code published} (may be
	 * null), sorted by start; of two overlapping suggestions of the same kind only the
	 * first (longest) stays.
	 */
	public static List<Suggestion> suggest(String text, LocalDate published) {
		return everything(text, published).suggestions();
	}

	/**
	 * Suggestions, contracts and events of {@code text} from one pass of the suggesters.
	 */
	public static Everything everything(String text, LocalDate published) {
		List<Sentence> sentences = Sentences.split(text);
		List<Suggestion> entities = EntitySuggester.suggest(text, sentences);
		List<Suggestion> money = MoneyParser.find(text);
		List<Suggestion> dates = DateParser.find(text, published);
		List<Suggestion> all = new ArrayList<>();
		all.addAll(entities);
		all.addAll(money);
		all.addAll(dates);
		all.addAll(QuoteSuggester.suggest(text, sentences));
		all.sort(READING_ORDER);
		Map<SuggestionKind, Integer> endOfLast = new EnumMap<>(SuggestionKind.class);
		List<Suggestion> kept = new ArrayList<>(all.size());
		for (Suggestion suggestion : all) {
			int lastEnd = endOfLast.getOrDefault(suggestion.kind(), -1);
			if (suggestion.start() < lastEnd) {
				continue;
			}
			kept.add(suggestion);
			endOfLast.put(suggestion.kind(), suggestion.end());
		}
		return new Everything(kept, new Drafts(ContractSuggester.suggest(text, sentences, entities, money, dates),
				EventSuggester.suggest(sentences, entities, dates)));
	}

	/** What one pass of the suggesters finds in a text. */
	public record Everything(List<Suggestion> suggestions, Drafts drafts) {
	}

	/**
	 * Contracts and events together, sharing one pass of the suggesters over
	 * {@code text}.
	 */
	public static Drafts drafts(String text, LocalDate published) {
		return everything(text, published).drafts();
	}

	/** The contracts and events drafted from one text. */
	public record Drafts(List<ContractDraft> contracts, List<EventDraft> events) {
	}

}
