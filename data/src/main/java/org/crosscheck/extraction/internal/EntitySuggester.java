package org.crosscheck.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.crosscheck.extraction.EntityKind;
import org.crosscheck.extraction.EntityValue;
import org.crosscheck.extraction.Suggestion;
import org.crosscheck.extraction.SuggestionKind;
import org.crosscheck.text.CalendarWords;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.Sentences.Sentence;
import org.crosscheck.text.WordLists;

/**
 * Finds organisations, public bodies, people and outlets as runs of capitalised words,
 * groups the names that mean the same entity (acronyms, surnames, "the"/country prefixes)
 * and decides each entity's kind from the cue words in {@code /words/entity-*.txt}.
 */
public final class EntitySuggester {

	private static final Set<String> PUBLIC_BODY = WordLists.set("entity-public-body");

	private static final Set<String> PUBLIC_BODY_NOUN = WordLists.set("entity-public-body-noun");

	private static final Set<String> ORGANISATION_SUFFIX = WordLists.set("entity-organisation-suffix");

	private static final Set<String> OUTLET_WORD = WordLists.set("entity-outlet-word");

	private static final Set<String> OUTLET_VERB = WordLists.set("entity-outlet-verb");

	private static final Set<String> OUTLET_BEFORE = WordLists.set("entity-outlet-before");

	private static final Set<String> PERSON_TITLE = WordLists.set("entity-person-title");

	private static final Set<String> SPEECH_VERB = WordLists.set("speech-verbs");

	private static final Set<String> COUNTRY_PREFIX = WordLists.set("entity-country-prefix");

	private static final Set<String> NOT_ENTITY = WordLists.set("entity-not-entity");

	private static final Set<String> PLACE = WordLists.set("entity-place");

	private static final Set<String> DEMONYM_SUFFIX = WordLists.set("entity-demonym-suffix");

	private static final Set<String> COMMON = WordLists.set("entity-common");

	private static final Set<String> CALENDAR_WORDS = CalendarWords.ALL;

	private static final Set<String> SUBJECT_VERBS = WordLists.set("subject-verbs");

	private static final Set<String> CONNECTORS = WordLists.set("name-connectors");

	private static final java.util.regex.Pattern WORD_SEPARATOR = java.util.regex.Pattern.compile("[\\s&]+");

	private EntitySuggester() {
	}

	/**
	 * One suggestion per mention of an entity in {@code text}, each carrying its whole
	 * group's name and aliases.
	 */
	public static List<Suggestion> suggest(String text) {
		return suggest(text, Sentences.split(text));
	}

	/** As {@link #suggest(String)}, with the text's sentences already split. */
	public static List<Suggestion> suggest(String text, List<Sentence> sentences) {
		Tokens tokens = Tokens.scan(text, sentences);
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.size) {
			if (!tokens.nameWord[i]) {
				i++;
				continue;
			}
			int last = extend(tokens, i);
			if (tokens.heading[i]) {
				// Headings capitalise every word: each word stands alone and must be
				// confirmed elsewhere.
				for (int k = i; k <= last; k++) {
					if (tokens.nameWord[k]) {
						addMention(text, tokens, k, k, mentions);
					}
				}
			}
			else {
				refine(text, tokens, i, last, mentions);
			}
			i = last + 1;
		}
		return group(text, tokens, mentions);
	}

	// ---- building mentions ----

	/**
	 * The last token of the name that starts at {@code first}: capitalised words and the
	 * connectors between them.
	 */
	private static int extend(Tokens tokens, int first) {
		int last = first;
		while (!tokens.possessive[last] && last + 1 < tokens.size && tokens.adjacent(last, last + 1)) {
			int next = last + 1;
			if (tokens.nameWord[next]) {
				last = next;
				continue;
			}
			// "Department of Homeland Security", "Department of the Treasury": connectors
			// need a name word after them.
			int after = next;
			while (after < tokens.size && tokens.connector[after] && after - next < 2
					&& tokens.adjacent(after - 1, after)) {
				after++;
			}
			if (after > next && after < tokens.size && tokens.nameWord[after] && tokens.adjacent(after - 1, after)
					&& validConnectors(tokens, next, after)) {
				last = after;
				continue;
			}
			break;
		}
		return last;
	}

	private static boolean validConnectors(Tokens tokens, int from, int to) {
		String first = tokens.lower(from);
		if (to - from == 1) {
			return !first.equals("the");
		}
		// Two connectors only as "of the" / "for the".
		return (first.equals("of") || first.equals("for")) && tokens.lower(from + 1).equals("the");
	}

	/**
	 * Turns one run of capitalised words into mentions: drops sentence-initial common
	 * words, splits titles and lists.
	 */
	private static void refine(String text, Tokens tokens, int first, int last, List<Mention> mentions) {
		// "The company", "According to": a capitalised common word at the start of a
		// sentence is not a name.
		while (first <= last && (tokens.connector[first]
				|| (tokens.initial[first] && isCommon(tokens, first) && !tokens.allCaps(first)))) {
			first++;
		}
		while (last >= first && tokens.connector[last]) {
			last--;
		}
		// "Agents of the FBI", "Critics of Trump": a sentence-initial word before "of" is
		// a common noun unless it heads a name.
		if (first < last && tokens.initial[first] && tokens.connector[first + 1]
				&& !tokens.lower(first + 1).equals("and") && !isHeadWord(tokens.bareLower(first))) {
			first++;
			while (first <= last && tokens.connector[first]) {
				first++;
			}
		}
		if (first > last) {
			return;
		}
		// "U.S. President Donald Trump": the person is the words after the last title.
		for (int k = last - 1; k >= first; k--) {
			if (PERSON_TITLE.contains(tokens.bareLower(k)) && tokens.nameWord[k + 1]
					&& !endsInBodyOrOrganisation(tokens, last)) {
				Mention person = addMention(text, tokens, k + 1, last, mentions);
				if (person != null) {
					person.titled = true;
				}
				return;
			}
		}
		if (PERSON_TITLE.contains(tokens.bareLower(last)) && last > first) {
			// "Sports Minister": a role without a name.
			return;
		}
		List<int[]> parts = splitLists(text, tokens, first, last);
		for (int[] part : parts) {
			addMention(text, tokens, part[0], part[1], mentions);
		}
	}

	private static boolean isHeadWord(String word) {
		return PUBLIC_BODY.contains(word) || ORGANISATION_SUFFIX.contains(word) || OUTLET_WORD.contains(word)
				|| PERSON_TITLE.contains(word);
	}

	private static boolean endsInBodyOrOrganisation(Tokens tokens, int last) {
		String word = tokens.bareLower(last);
		return PUBLIC_BODY.contains(word) || ORGANISATION_SUFFIX.contains(word);
	}

	/**
	 * "Dell, AT&T and Palantir" are three names; "Immigration and Customs Enforcement" is
	 * one.
	 */
	private static List<int[]> splitLists(String text, Tokens tokens, int first, int last) {
		List<int[]> parts = new ArrayList<>();
		boolean hasAnd = false;
		for (int k = first; k <= last; k++) {
			hasAnd |= tokens.lower(k).equals("and");
		}
		if (!hasAnd || endsInBodyOrOrganisation(tokens, last)
				|| tokens.acronyms.contains(initials(tokens, first, last, true))
				|| tokens.acronyms.contains(initials(tokens, first, last, false))) {
			parts.add(new int[] { first, last });
			return parts;
		}
		int partStart = first;
		for (int k = first; k <= last; k++) {
			if (tokens.lower(k).equals("and")) {
				int partEnd = k - 1;
				while (partEnd >= partStart && tokens.connector[partEnd]) {
					partEnd--;
				}
				if (partEnd >= partStart) {
					parts.add(new int[] { partStart, partEnd });
				}
				partStart = k + 1;
			}
		}
		if (partStart <= last) {
			parts.add(new int[] { partStart, last });
		}
		return parts;
	}

	private static Mention addMention(String text, Tokens tokens, int first, int last, List<Mention> mentions) {
		String surface = text.substring(tokens.start[first], tokens.end[last]);
		String lower = surface.toLowerCase(Locale.ROOT);
		if (first == last) {
			String word = tokens.bareLower(first);
			if (NOT_ENTITY.contains(word) || COUNTRY_PREFIX.contains(word) || PLACE.contains(word)
					|| (COMMON.contains(word) && !tokens.allCaps(first)) || surface.length() < 2
					|| isDemonym(text, tokens, first)) {
				return null;
			}
		}
		else if (PLACE.contains(lower) || NOT_ENTITY.contains(lower)) {
			return null;
		}
		Mention mention = new Mention(tokens.start[first], tokens.end[last], surface, first, last);
		mention.initialSingle = first == last && (tokens.initial[first] || tokens.heading[first])
				&& !tokens.allCaps(first);
		mention.heading = tokens.heading[first];
		mentions.add(mention);
		return mention;
	}

	// "Israeli military", "Palestinian phone calls": an adjective of nationality before a
	// common noun.
	private static boolean isDemonym(String text, Tokens tokens, int index) {
		String word = tokens.bareLower(index);
		boolean suffix = false;
		for (String ending : DEMONYM_SUFFIX) {
			suffix |= word.endsWith(ending) && word.length() > ending.length() + 2;
		}
		return suffix && !tokens.possessive[index] && index + 1 < tokens.size && tokens.adjacent(index, index + 1)
				&& Character.isLowerCase(text.charAt(tokens.start[index + 1]));
	}

	private static boolean isCommon(Tokens tokens, int index) {
		String word = tokens.bareLower(index);
		return COMMON.contains(word) || CALENDAR_WORDS.contains(word) || NOT_ENTITY.contains(word);
	}

	/**
	 * Initials of the capitalised words, optionally without a leading country prefix or
	 * "The".
	 */
	private static String initials(Tokens tokens, int first, int last, boolean skipPrefix) {
		StringBuilder letters = new StringBuilder();
		int from = first;
		if (skipPrefix) {
			while (from < last
					&& (COUNTRY_PREFIX.contains(tokens.bareLower(from)) || tokens.lower(from).equals("the"))) {
				from++;
			}
		}
		for (int k = from; k <= last; k++) {
			if (!tokens.connector[k]) {
				letters.append(Character.toUpperCase(tokens.text.charAt(tokens.start[k])));
			}
		}
		return letters.toString();
	}

	// ---- grouping and kinds ----

	private static List<Suggestion> group(String text, Tokens tokens, List<Mention> raw) {
		Set<String> confirmed = new HashSet<>();
		for (Mention mention : raw) {
			if (!mention.initialSingle && !mention.heading) {
				confirmed.add(key(mention.surface));
			}
		}
		List<Mention> mentions = new ArrayList<>();
		for (Mention mention : raw) {
			String key = key(mention.surface);
			mention.key = key;
			boolean needsConfirmation = mention.initialSingle || mention.heading;
			if (needsConfirmation && !confirmed.contains(key) && !followedBy(text, mention.end, OUTLET_VERB)
					&& !(mention.initialSingle && !mention.heading && !endsInPluralS(mention.surface)
							&& followedByVerb(text, mention.end))) {
				continue;
			}
			mentions.add(mention);
		}
		UnionFind groups = new UnionFind();
		for (Mention mention : mentions) {
			groups.add(mention.key);
		}
		linkAcronymDefinitions(text, tokens, mentions, groups);
		linkAcronymsToInitials(tokens, mentions, groups);
		linkSurnames(text, mentions, groups);

		Map<String, List<Mention>> byGroup = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			byGroup.computeIfAbsent(groups.find(mention.key), root -> new ArrayList<>()).add(mention);
		}
		Map<String, EntityValue> values = new HashMap<>();
		byGroup.forEach((root, members) -> values.put(root, entityValue(text, tokens, members)));
		List<Suggestion> suggestions = new ArrayList<>(mentions.size());
		for (Mention mention : mentions) {
			suggestions.add(new Suggestion(SuggestionKind.ENTITY, mention.start, mention.end, mention.surface,
					values.get(groups.find(mention.key))));
		}
		return suggestions;
	}

	/**
	 * "Department of Homeland Security (DHS)" and "DHS (Department of Homeland Security,
	 * ...)".
	 */
	private static void linkAcronymDefinitions(String text, Tokens tokens, List<Mention> mentions, UnionFind groups) {
		for (int k = 0; k + 1 < mentions.size(); k++) {
			Mention before = mentions.get(k);
			Mention after = mentions.get(k + 1);
			if (!opensParenthesis(text, before.end, after.start)) {
				continue;
			}
			if (tokens.allCaps(after.first) && after.first == after.last
					&& matchesInitials(tokens, before, text.substring(after.start, after.end))) {
				groups.union(before.key, after.key);
			}
			else if (tokens.allCaps(before.first) && before.first == before.last
					&& matchesInitials(tokens, after, text.substring(before.start, before.end))) {
				groups.union(before.key, after.key);
			}
		}
	}

	private static boolean opensParenthesis(String text, int from, int to) {
		String between = text.substring(from, to).strip();
		return between.equals("(");
	}

	private static boolean matchesInitials(Tokens tokens, Mention longName, String acronym) {
		if (longName.first == longName.last) {
			return false;
		}
		String letters = upperLetters(acronym);
		return letters.equals(initials(tokens, longName.first, longName.last, true))
				|| letters.equals(initials(tokens, longName.first, longName.last, false));
	}

	/**
	 * "ICE" used anywhere joins "Immigration and Customs Enforcement" when its initials
	 * spell it.
	 */
	private static void linkAcronymsToInitials(Tokens tokens, List<Mention> mentions, UnionFind groups) {
		Map<String, String> longNameByInitials = new HashMap<>();
		Set<String> clashing = new HashSet<>();
		for (Mention mention : mentions) {
			if (mention.first == mention.last) {
				continue;
			}
			for (boolean skip : new boolean[] { true, false }) {
				String letters = initials(tokens, mention.first, mention.last, skip);
				if (letters.length() < 2) {
					continue;
				}
				String previous = longNameByInitials.putIfAbsent(letters, mention.key);
				if (previous != null && !groups.find(previous).equals(groups.find(mention.key))) {
					clashing.add(letters);
				}
			}
		}
		for (Mention mention : mentions) {
			if (mention.first != mention.last || !tokens.allCaps(mention.first)) {
				continue;
			}
			String letters = upperLetters(mention.surface);
			String longName = longNameByInitials.get(letters);
			if (longName != null && !clashing.contains(letters)) {
				groups.union(longName, mention.key);
			}
		}
	}

	/** "Trump" joins "Donald Trump" when the longer name is a person's. */
	private static void linkSurnames(String text, List<Mention> mentions, UnionFind groups) {
		Map<String, String> personBySurname = new HashMap<>();
		for (Mention mention : mentions) {
			if (mention.first != mention.last && looksLikePerson(text, mention)) {
				String surname = mention.key.substring(mention.key.lastIndexOf(' ') + 1);
				personBySurname.putIfAbsent(surname, mention.key);
			}
		}
		for (Mention mention : mentions) {
			if (mention.first == mention.last) {
				String person = personBySurname.get(mention.key);
				if (person != null) {
					groups.union(person, mention.key);
				}
			}
		}
	}

	private static boolean looksLikePerson(String text, Mention mention) {
		return mention.titled || (mention.last - mention.first <= 2 && followedBy(text, mention.end, SPEECH_VERB)
				&& mention.surface.chars().noneMatch(c -> c == '.' || c == '&') && !hasCue(mention, PUBLIC_BODY)
				&& !hasCue(mention, ORGANISATION_SUFFIX) && !hasCue(mention, OUTLET_WORD)
				&& !mention.surface.contains(" of "));
	}

	private static boolean hasCue(Mention mention, Set<String> cues) {
		for (String word : WORD_SEPARATOR.split(mention.surface.toLowerCase(Locale.ROOT))) {
			if (cues.contains(word.replace(".", ""))) {
				return true;
			}
		}
		return false;
	}

	private static EntityValue entityValue(String text, Tokens tokens, List<Mention> members) {
		String canonical = members.getFirst().surface;
		for (Mention member : members) {
			if (member.surface.length() > canonical.length()) {
				canonical = member.surface;
			}
		}
		List<String> aliases = new ArrayList<>();
		for (Mention member : members) {
			if (!member.surface.equals(canonical) && !aliases.contains(member.surface)) {
				aliases.add(member.surface);
			}
		}
		return new EntityValue(canonical, kindOf(text, members), List.copyOf(aliases));
	}

	private static EntityKind kindOf(String text, List<Mention> members) {
		boolean publicBody = false;
		boolean organisation = false;
		boolean outlet = false;
		boolean person = false;
		for (Mention member : members) {
			if (member.titled) {
				return EntityKind.PERSON;
			}
			publicBody |= hasCue(member, PUBLIC_BODY) || followedBy(text, member.end, PUBLIC_BODY_NOUN);
			organisation |= ORGANISATION_SUFFIX.contains(lastWord(member.surface));
			outlet |= hasCue(member, OUTLET_WORD) || followedBy(text, member.end, OUTLET_VERB)
					|| precededBy(text, member.start, OUTLET_BEFORE);
			person |= member.first != member.last && looksLikePerson(text, member);
		}
		if (publicBody) {
			return EntityKind.PUBLIC_BODY;
		}
		if (organisation) {
			return EntityKind.ORGANIZATION;
		}
		if (outlet) {
			return EntityKind.OUTLET;
		}
		return person ? EntityKind.PERSON : EntityKind.ORGANIZATION;
	}

	private static String lastWord(String surface) {
		String lower = surface.toLowerCase(Locale.ROOT);
		return lower.substring(lower.lastIndexOf(' ') + 1).replace(".", "");
	}

	// "Officials", "Analysts": plurals at the start of a sentence are common nouns far
	// more often than names.
	private static boolean endsInPluralS(String surface) {
		int length = surface.length();
		return length > 3 && surface.charAt(length - 1) == 's' && surface.charAt(length - 2) != 's'
				&& surface.charAt(length - 2) != 'u';
	}

	/**
	 * Whether a verb follows {@code end}, making the word before it a subject ("Initech
	 * signed", "Palantir was").
	 */
	private static boolean followedByVerb(String text, int end) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		int wordEnd = i;
		while (wordEnd < text.length() && Character.isLowerCase(text.charAt(wordEnd))) {
			wordEnd++;
		}
		if (wordEnd == i || i == end) {
			return false;
		}
		String word = text.substring(i, wordEnd);
		return SUBJECT_VERBS.contains(word) || SPEECH_VERB.contains(word) || OUTLET_VERB.contains(word)
				|| (word.length() >= 5 && word.endsWith("ed"));
	}

	/**
	 * Whether the words right after {@code end} begin with one of {@code cues}
	 * ("reported", "agency").
	 */
	static boolean followedBy(String text, int end, Set<String> cues) {
		int i = end;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == ')')) {
			i++;
		}
		int wordEnd = i;
		while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
			wordEnd++;
		}
		if (wordEnd == i || !Character.isLowerCase(text.charAt(i))) {
			return false;
		}
		return cues.contains(text.substring(i, wordEnd));
	}

	/**
	 * Whether the words right before {@code start} end with one of {@code cues} ("told",
	 * "a report by").
	 */
	private static boolean precededBy(String text, int start, Set<String> cues) {
		int end = start;
		while (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		for (String cue : cues) {
			int from = end - cue.length();
			if (from >= 0 && text.regionMatches(true, from, cue, 0, cue.length())
					&& (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
				return true;
			}
		}
		return false;
	}

	private static String upperLetters(String word) {
		StringBuilder letters = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				letters.append(c);
			}
		}
		return letters.toString();
	}

	/**
	 * Grouping key: lower case, without dots, a leading "the" or a country prefix ("U.S.
	 * Congress" is "congress").
	 */
	private static String key(String surface) {
		String key = surface.toLowerCase(Locale.ROOT).replace("’", "'");
		if (key.startsWith("the ")) {
			key = key.substring(4);
		}
		int space = key.indexOf(' ');
		if (space > 0 && COUNTRY_PREFIX.contains(key.substring(0, space))) {
			key = key.substring(space + 1);
		}
		return key.replace(".", "");
	}

	/** One mention of a name in the text. */
	private static final class Mention {

		final int start;

		final int end;

		final String surface;

		final int first;

		final int last;

		boolean titled;

		boolean initialSingle;

		boolean heading;

		String key;

		Mention(int start, int end, String surface, int first, int last) {
			this.start = start;
			this.end = end;
			this.surface = surface;
			this.first = first;
			this.last = last;
		}

	}

	/** Disjoint sets of grouping keys. */
	private static final class UnionFind {

		private final Map<String, String> parent = new HashMap<>();

		void add(String key) {
			parent.putIfAbsent(key, key);
		}

		String find(String key) {
			String root = key;
			while (!parent.get(root).equals(root)) {
				root = parent.get(root);
			}
			parent.put(key, root);
			return root;
		}

		void union(String a, String b) {
			String rootA = find(a);
			String rootB = find(b);
			if (!rootA.equals(rootB)) {
				// The longer key becomes the root so that the group keeps a stable,
				// descriptive root.
				if (rootA.length() >= rootB.length()) {
					parent.put(rootB, rootA);
				}
				else {
					parent.put(rootA, rootB);
				}
			}
		}

	}

	/** The words of a text with what the name finder needs to know about each. */
	private static final class Tokens {

		final String text;

		int size;

		int[] start = new int[256];

		int[] end = new int[256];

		boolean[] possessive = new boolean[256];

		boolean[] nameWord;

		boolean[] connector;

		boolean[] initial;

		boolean[] heading;

		final Set<String> acronyms = new HashSet<>();

		private Tokens(String text) {
			this.text = text;
		}

		static Tokens scan(String text, List<Sentence> sentences) {
			Tokens tokens = new Tokens(text);
			int length = text.length();
			int i = 0;
			while (i < length) {
				if (!Character.isLetterOrDigit(text.charAt(i))) {
					i++;
					continue;
				}
				int start = i;
				boolean possessive = false;
				boolean dotted = false;
				while (i < length) {
					while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
						i++;
					}
					if (i + 1 >= length || !Character.isLetterOrDigit(text.charAt(i + 1))) {
						break;
					}
					char joiner = text.charAt(i);
					if (joiner == '\'' || joiner == '’') {
						if ((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
								&& (i + 2 >= length || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
							possessive = true;
							break;
						}
						i++;
					}
					else if (joiner == '.' && i - start >= 1 && (i - 1 == start || text.charAt(i - 2) == '.')) {
						// "U.S.": single letters joined by dots.
						dotted = true;
						i++;
					}
					else if (joiner == '&' || joiner == '-') {
						i++;
					}
					else {
						break;
					}
				}
				int end = i;
				if (dotted && i < length && text.charAt(i) == '.') {
					end = ++i;
				}
				tokens.add(start, end, possessive);
				if (possessive) {
					i += 2;
				}
			}
			tokens.classify(sentences);
			return tokens;
		}

		private void add(int tokenStart, int tokenEnd, boolean isPossessive) {
			if (size == start.length) {
				int capacity = size * 2;
				start = java.util.Arrays.copyOf(start, capacity);
				end = java.util.Arrays.copyOf(end, capacity);
				possessive = java.util.Arrays.copyOf(possessive, capacity);
			}
			start[size] = tokenStart;
			end[size] = tokenEnd;
			possessive[size] = isPossessive;
			size++;
		}

		private void classify(List<Sentence> sentences) {
			nameWord = new boolean[size];
			connector = new boolean[size];
			initial = new boolean[size];
			heading = new boolean[size];
			for (int k = 0; k < size; k++) {
				char first = text.charAt(start[k]);
				String lower = null;
				if (Character.isUpperCase(first)) {
					lower = bareLower(k);
					// "AI-based": a hyphenated word that goes on in lower case is an
					// adjective, not a name.
					int hyphen = text.indexOf('-', start[k]);
					boolean adjective = hyphen > 0 && hyphen < end[k] && Character.isLowerCase(text.charAt(hyphen + 1));
					nameWord[k] = !adjective && !CALENDAR_WORDS.contains(lower);
					if (allCaps(k) && end[k] - start[k] >= 2) {
						acronyms.add(upperLetters(text.substring(start[k], end[k])));
					}
				}
				else if (Character.isLowerCase(first)) {
					connector[k] = end[k] - start[k] <= 3 && CONNECTORS.contains(text.substring(start[k], end[k]));
				}
			}
			markSentenceStarts(sentences);
			markHeadings();
		}

		private void markSentenceStarts(List<Sentence> sentences) {
			int k = 0;
			for (Sentence sentence : sentences) {
				while (k < size && start[k] < sentence.start()) {
					k++;
				}
				if (k < size && start[k] < sentence.end()) {
					initial[k] = true;
				}
			}
			// The first word inside a quotation is capitalised like a sentence start.
			for (int t = 1; t < size; t++) {
				int gapEnd = start[t];
				int gapStart = end[t - 1];
				for (int c = gapStart; c < gapEnd; c++) {
					char mark = text.charAt(c);
					if (mark == '“' || mark == '"' || mark == ':' || mark == '(') {
						initial[t] |= mark != '(';
					}
				}
			}
		}

		// A short line without closing punctuation whose words are mostly capitalised is
		// a heading.
		private void markHeadings() {
			int k = 0;
			while (k < size) {
				int lineStart = text.lastIndexOf('\n', start[k]) + 1;
				int lineEnd = text.indexOf('\n', start[k]);
				if (lineEnd < 0) {
					lineEnd = text.length();
				}
				int first = k;
				int words = 0;
				int capitalised = 0;
				while (k < size && start[k] < lineEnd) {
					words++;
					if (Character.isUpperCase(text.charAt(start[k]))) {
						capitalised++;
					}
					k++;
				}
				String line = text.substring(lineStart, lineEnd).strip();
				char lastChar = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
				boolean closed = lastChar == '.' || lastChar == '!' || lastChar == '?' || lastChar == '"'
						|| lastChar == '”';
				if (!closed && words <= 12 && capitalised * 10 >= words * 6) {
					for (int t = first; t < k; t++) {
						heading[t] = true;
					}
				}
			}
		}

		boolean adjacent(int left, int right) {
			int from = end[left] + (possessive[left] ? 2 : 0);
			int to = start[right];
			if (to - from == 1) {
				char c = text.charAt(from);
				return c == ' ' || c == '\u00a0';
			}
			// "Johnson & Johnson"
			return to - from == 3 && text.charAt(from) == ' ' && text.charAt(from + 1) == '&'
					&& text.charAt(from + 2) == ' ';
		}

		String lower(int k) {
			return text.substring(start[k], end[k]).toLowerCase(Locale.ROOT);
		}

		/** The word in lower case without dots ("U.S." is "us", "Dr." is "dr"). */
		String bareLower(int k) {
			return text.substring(start[k], end[k]).toLowerCase(Locale.ROOT).replace(".", "");
		}

		boolean allCaps(int k) {
			boolean letters = false;
			for (int c = start[k]; c < end[k]; c++) {
				char ch = text.charAt(c);
				if (Character.isLowerCase(ch)) {
					return false;
				}
				letters |= Character.isLetter(ch);
			}
			return letters;
		}

	}

}
