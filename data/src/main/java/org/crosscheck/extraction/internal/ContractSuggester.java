package org.crosscheck.extraction.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.extraction.ContractDraft;
import org.crosscheck.extraction.DateParser;
import org.crosscheck.extraction.DateValue;
import org.crosscheck.extraction.EntityKind;
import org.crosscheck.extraction.EntityValue;
import org.crosscheck.extraction.MoneyParser;
import org.crosscheck.extraction.MoneyValue;
import org.crosscheck.extraction.Suggestion;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.Sentences.Sentence;

/**
 * Drafts contracts from sentences that join a vendor, an amount of money and a contract
 * word, reading the ceiling, dates, agency and purpose from cue words around them.
 *
 * <p>
 * A sentence that starts with "The contract", "The deal" or "It" right after a contract
 * sentence continues it (its ceiling, end of period and options belong to the same
 * contract). When the sentence names no public body, the agency is the latest one named
 * in the three sentences before it, as articles often name the agency once for a list of
 * contracts.
 */
public final class ContractSuggester {

	private static final Pattern CONTRACT_CUE = Pattern.compile(
			"\\b(?:contract(?:s|ed|ing|or|ors)?|award(?:s|ed)?|deal|agreement|task\\s+order|purchase\\s+order|procurement)\\b"
					+ "|\\b(?:received|won|secured|got)\\b.{0,80}?\\b(?:to\\s+(?:support|provide|supply|deliver)|for)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CONTINUATION = Pattern
		.compile("^(?:(?:The|This|That|Its)\\s+(?:contract|deal|award|agreement|order)\\b|It\\s)");

	private static final Pattern CEILING_BEFORE = Pattern
		.compile("(?:up\\s+to|ceiling\\s+of|potential\\s+(?:total\\s+)?value\\s+of"
				+ "|(?:total|maximum|potential|overall)\\s+value\\s+(?:of|to)|value\\s+to|worth\\s+up\\s+to|could\\s+reach|bring(?:ing)?\\s+(?:the|its)\\s+total\\s+to"
				+ "|increase\\s+(?:\\w+\\s+){0,4}to)\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern OPTIONS_BEFORE = Pattern.compile(
			"\\b(?:extension|extend(?:ed|s)?|options?|renewal|renewed)\\b[^.;]{0,40}?\\b(?:until|through|to|till|in|by)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PERIOD_END_BEFORE = Pattern.compile(
			"\\b(?:runs?|running|expires?|expiring|ends?|ending|lasts?|lasting|through|until|till)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PURPOSE = Pattern.compile(
			"\\bto\\s+(?<verb>(?:provide|support|supply|deliver|build|develop|operate|maintain|manage|run|buy|purchase|upgrade|modernise|modernize|host|design|install|expand|replace|train|fund|help)\\b[^.;]*)"
					+ "|\\bfor\\s+(?<object>(?!the\\s+(?:first|second|last)\\b)[^.;]+)");

	private ContractSuggester() {
	}

	/**
	 * Contract drafts in {@code text}, dates resolved against {@code published} (may be
	 * null), in order.
	 */
	public static List<ContractDraft> suggest(String text, LocalDate published) {
		List<Sentence> sentences = Sentences.split(text);
		return suggest(text, sentences, EntitySuggester.suggest(text, sentences), MoneyParser.find(text),
				DateParser.find(text, published));
	}

	static List<ContractDraft> suggest(String text, List<Sentence> sentences, List<Suggestion> entities,
			List<Suggestion> money, List<Suggestion> dates) {
		List<List<Suggestion>> entitiesBySentence = Analysis.perSentence(sentences, entities);
		List<List<Suggestion>> moneyBySentence = Analysis.perSentence(sentences, money);
		List<List<Suggestion>> datesBySentence = Analysis.perSentence(sentences, dates);
		List<ContractDraft> drafts = new ArrayList<>();
		int k = 0;
		while (k < sentences.size()) {
			Sentence sentence = sentences.get(k);
			List<Suggestion> amounts = moneyBySentence.get(k);
			if (amounts.isEmpty() || !CONTRACT_CUE.matcher(sentence.text()).find()) {
				k++;
				continue;
			}
			Suggestion obligated = firstNonCeiling(text, sentence.start(), amounts);
			Suggestion vendor = vendor(entitiesBySentence.get(k), obligated);
			if (obligated == null || vendor == null) {
				k++;
				continue;
			}
			boolean continued = k + 1 < sentences.size() && CONTINUATION.matcher(sentences.get(k + 1).text()).find();
			int evidenceEnd = continued ? sentences.get(k + 1).end() : sentence.end();
			List<Suggestion> allAmounts = new ArrayList<>(amounts);
			List<Suggestion> allDates = new ArrayList<>(datesBySentence.get(k));
			if (continued) {
				allAmounts.addAll(moneyBySentence.get(k + 1));
				allDates.addAll(datesBySentence.get(k + 1));
			}
			MoneyValue ceiling = null;
			for (Suggestion amount : allAmounts) {
				if (amount != obligated && ceiling == null && isCeiling(text, sentence.start(), amount)) {
					ceiling = (MoneyValue) amount.value();
				}
			}
			DateValue awardDate = null;
			DateValue periodEnd = null;
			DateValue optionsEnd = null;
			for (Suggestion date : allDates) {
				String before = text.substring(Math.max(sentence.start(), date.start() - 60), date.start());
				if (optionsEnd == null && OPTIONS_BEFORE.matcher(before).find()) {
					optionsEnd = (DateValue) date.value();
				}
				else if (periodEnd == null && PERIOD_END_BEFORE.matcher(before).find()) {
					periodEnd = (DateValue) date.value();
				}
				else if (awardDate == null && date.start() < sentence.end()) {
					awardDate = (DateValue) date.value();
				}
			}
			drafts.add(new ContractDraft(((EntityValue) vendor.value()).name(), agency(entitiesBySentence, k),
					(MoneyValue) obligated.value(), ceiling, awardDate, periodEnd, optionsEnd,
					purpose(text.substring(obligated.end(), sentence.end())), sentence.start(), evidenceEnd));
			k += continued ? 2 : 1;
		}
		return drafts;
	}

	private static Suggestion firstNonCeiling(String text, int sentenceStart, List<Suggestion> amounts) {
		for (Suggestion amount : amounts) {
			if (!isCeiling(text, sentenceStart, amount)) {
				return amount;
			}
		}
		return null;
	}

	private static boolean isCeiling(String text, int sentenceStart, Suggestion amount) {
		String before = text.substring(Math.max(sentenceStart, amount.start() - 60), amount.start());
		return CEILING_BEFORE.matcher(before).find();
	}

	/**
	 * The first company before the amount (else after it): not a public body and not an
	 * outlet reporting it.
	 */
	private static Suggestion vendor(List<Suggestion> entities, Suggestion obligated) {
		if (obligated == null) {
			return null;
		}
		Suggestion after = null;
		for (Suggestion entity : entities) {
			EntityKind kind = ((EntityValue) entity.value()).kind();
			if (kind == EntityKind.PUBLIC_BODY || kind == EntityKind.OUTLET) {
				continue;
			}
			if (entity.start() < obligated.start()) {
				return entity;
			}
			if (after == null) {
				after = entity;
			}
		}
		return after;
	}

	private static String agency(List<List<Suggestion>> entitiesBySentence, int sentence) {
		for (int k = sentence; k >= Math.max(0, sentence - 3); k--) {
			List<Suggestion> entities = entitiesBySentence.get(k);
			// In the sentence itself the first public body counts; before it, the latest
			// one mentioned.
			for (int e = 0; e < entities.size(); e++) {
				Suggestion entity = entities.get(k == sentence ? e : entities.size() - 1 - e);
				EntityValue value = (EntityValue) entity.value();
				if (value.kind() == EntityKind.PUBLIC_BODY) {
					return value.name();
				}
			}
		}
		return null;
	}

	private static String purpose(String afterAmount) {
		Matcher matcher = PURPOSE.matcher(afterAmount);
		if (!matcher.find()) {
			return null;
		}
		String purpose = matcher.group("verb") != null ? matcher.group("verb") : matcher.group("object");
		purpose = purpose.strip();
		while (!purpose.isEmpty() && ",.;:".indexOf(purpose.charAt(purpose.length() - 1)) >= 0) {
			purpose = purpose.substring(0, purpose.length() - 1).strip();
		}
		return purpose.isEmpty() ? null : purpose;
	}

}
