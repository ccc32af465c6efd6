package org.crosscheck.source.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crosscheck.text.WordLists;

/**
 * Separates an article's paragraphs from the page furniture around them by classifying
 * each line by its shape (length, sentence punctuation, neighbours, lists of headlines
 * with timestamps or numbers) rather than by what it says, and collects the title, byline
 * and dateline it finds on the way.
 */
final class LineCleaner {

	/** What was kept of the lines, and the metadata they stated. */
	record Result(String title, String text, String author, String published, List<String> warnings) {
	}

	/** What a line is taken to be. */
	enum Kind {

		/** An empty line: transparent for the list detectors. */
		BLANK,
		/** A sentence or a long line: the stuff of articles. */
		CONTENT,
		/**
		 * A short line that is no sentence: headline, subheading, menu entry, list item.
		 */
		SHORT,
		/** A lone dash, bullet, arrow or number between list items. */
		SEPARATOR,
		/** A relative time such as "3 minutes -" or "2 hours ago". */
		TIMESTAMP,
		/** A call to action: "Read More", "Share", "Subscribe". */
		CTA,
		/** A picture or audio credit or caption. */
		MEDIA,
		/** "Updated:" or "Published: <date>" with nothing else. */
		STAMP,
		/** A line that is nothing but a date. */
		DATELINE,
		/** "By Jane Doe". */
		BYLINE,
		/** Copyright notices and production credits. */
		LEGAL

	}

	// Lines longer than this are paragraphs even without a final full stop.
	private static final int CONTENT_WORDS = 20;

	// Headlines in lists and headings rarely run longer than this.
	private static final int HEADLINE_WORDS = 25;

	// A headline written as a sentence is shorter than most opening paragraphs.
	private static final int SENTENCE_HEADLINE_WORDS = 20;

	// Only lines this short are checked against the boilerplate patterns, which keeps the
	// cost of long paragraphs to one scan of their characters.
	private static final int BOILERPLATE_WORDS = 12;

	// Subheadings are short; a longer unpunctuated line inside the story is kept as
	// prose.
	private static final int SUBHEADING_WORDS = 10;

	private static final Pattern SEPARATOR = Pattern.compile("^(?:[-–—•·*|/>»›<«‹_=~#+]+|#?\\d{1,3}[.)]?)$");

	private static final Pattern TIMESTAMP = Pattern
		.compile("^(?:about |over |almost |nearly )?(?:\\d{1,3}|an?|one|a few)\\s*"
				+ "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\\.?"
				+ "(?:\\s+ago)?\\s*[-–—•·|]?$|^(?:just now|yesterday|today|moments? ago)\\s*[-–—•·|]?$",
				Pattern.CASE_INSENSITIVE);

	private static final Pattern STAMP = Pattern.compile(
			"^(last\\s+|first\\s+)?(updated|modified|published|posted|edited|created)(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*(.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern BYLINE = Pattern.compile(
			"^[Bb][Yy]\\s+(\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*|de|da|van|von|der|del|al|bin|la|le|and|&|,)\\s*)*)"
					+ "(?:\\s*[,|–—-]\\s*.*)?$");

	private static final Pattern MEDIA_START = Pattern.compile(
			"^\\(?(?:audio|video|photo|photograph|photos|image|images|picture|pictures|pic|illustration|graphic|graphics"
					+ "|file photo|file image|representational image|representative image|caption|credit|credits|listen|watch)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MEDIA_ANYWHERE = Pattern.compile(
			"(?:\\b(?:photo|image|picture|video)\\s*(?:credit|courtesy)?\\s*(?::|/|by\\b)|getty images|shutterstock|\\bap photo\\b|/\\s*(?:"
					+ WordLists.alternation("wire-agencies") + ")\\)?$)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern LEGAL = Pattern.compile(
			"^(?:©|\\(c\\)\\s|copyright\\b)|all rights reserved|^(?:additional )?(?:reporting|writing|editing|edited|compiled|produced) by\\b",
			Pattern.CASE_INSENSITIVE);

	// A call to action opening a line and followed by the linked headline: "Read more:
	// ...".
	private static final Pattern CTA_PREFIX = Pattern.compile(
			"^(?:read more|read also|also read|see also|related|recommended|watch|listen|more|click here|sign up|subscribe)"
					+ "\\b\\s*(?:[:|»›>\\-–—]|to\\b|for\\b|here\\b|now\\b)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ORDINAL = Pattern.compile("^#?(\\d{1,2})[.)]?\\s+(\\S.*)$");

	// Generic page controls, as data for short lines only.
	private static final Set<String> CALLS_TO_ACTION = WordLists.set("calls-to-action");

	private LineCleaner() {
	}

	/**
	 * Cleans the lines of a document. {@code knownTitle}, when the document stated its
	 * title in markup, is removed from the text instead of being looked for.
	 */
	static Result clean(List<String> rawLines, String knownTitle) {
		Line[] lines = new Line[rawLines.size()];
		for (int i = 0; i < lines.length; i++) {
			lines[i] = classify(rawLines.get(i));
		}
		absorbSentencesBetweenTimestamps(lines);
		dropSeparatedLists(lines);
		dropNumberedLists(lines);
		String title = findTitle(lines, knownTitle);
		dropFurnitureRuns(lines);
		return assemble(lines, title, rawLines);
	}

	/**
	 * Joins the lines of hard-wrapped text (e-mails, plain-text archives: every line
	 * broken near the same width) back into paragraphs, so that they can be classified as
	 * such.
	 */
	static List<String> unwrap(List<String> lines) {
		int nonBlank = 0;
		int longest = 0;
		for (String line : lines) {
			if (!line.isEmpty()) {
				nonBlank++;
				longest = Math.max(longest, line.length());
			}
		}
		if (nonBlank < 8 || longest > 120 || longest < 40) {
			return lines;
		}
		int nearWidth = 0;
		int nearWidthMidSentence = 0;
		for (String line : lines) {
			if (line.length() >= longest * 3 / 4) {
				nearWidth++;
				if (!endsLikeSentence(line, countWords(line))) {
					nearWidthMidSentence++;
				}
			}
		}
		// One paragraph per line also gives lines of similar length, but they end with a
		// full
		// stop; wrapped lines mostly break off mid-sentence.
		if (nearWidth * 10 < nonBlank * 4 || nearWidthMidSentence * 2 < nearWidth) {
			return lines;
		}
		int wrapped = longest * 6 / 10;
		List<String> joined = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		for (String line : lines) {
			boolean bullet = line.length() > 2 && isBulletMark(line.charAt(0)) && line.charAt(1) == ' ';
			if (line.isEmpty() || bullet && !paragraph.isEmpty()) {
				flush(paragraph, joined);
				if (line.isEmpty()) {
					joined.add(line);
					continue;
				}
			}
			if (!paragraph.isEmpty()) {
				paragraph.append(' ');
			}
			paragraph.append(line);
			if (line.length() < wrapped || endsLikeSentence(line, countWords(line))) {
				// A line well short of the width ended its paragraph; one that ends a
				// sentence
				// may have, and splitting a paragraph does less harm than merging two.
				flush(paragraph, joined);
			}
		}
		flush(paragraph, joined);
		return joined;
	}

	private static void flush(StringBuilder paragraph, List<String> into) {
		if (!paragraph.isEmpty()) {
			into.add(paragraph.toString());
			paragraph.setLength(0);
		}
	}

	private static Line classify(String text) {
		if (text.isEmpty()) {
			return new Line(text, 0, false, Kind.BLANK);
		}
		int words = countWords(text);
		boolean sentenceEnd = endsLikeSentence(text, words);
		Line line = new Line(text, words, sentenceEnd, null);
		line.bullet = text.length() > 2 && isBulletMark(text.charAt(0)) && text.charAt(1) == ' ';
		line.kind = words <= BOILERPLATE_WORDS ? boilerplateKind(line) : null;
		if (line.kind == null && words <= 30 && LEGAL.matcher(text).find()) {
			line.kind = Kind.LEGAL;
		}
		if (line.kind == null) {
			line.kind = words >= CONTENT_WORDS || sentenceEnd && words >= 3 ? Kind.CONTENT : Kind.SHORT;
			char first = text.charAt(0);
			if (words <= HEADLINE_WORDS && (Character.isDigit(first) || first == '#')) {
				Matcher ordinal = ORDINAL.matcher(text);
				if (ordinal.matches()) {
					line.ordinal = Integer.parseInt(ordinal.group(1));
				}
			}
		}
		return line;
	}

	private static Kind boilerplateKind(Line line) {
		String text = line.text;
		// Cheap tests of length and first letters spare most lines most patterns.
		if (line.words == 1 && SEPARATOR.matcher(text).matches()) {
			return Kind.SEPARATOR;
		}
		if (line.words <= 4 && TIMESTAMP.matcher(text).matches()) {
			return Kind.TIMESTAMP;
		}
		if (isBreadcrumb(text)) {
			return Kind.CTA;
		}
		String bare = bare(text);
		if (line.words <= 6 && CALLS_TO_ACTION.contains(bare)) {
			return Kind.CTA;
		}
		if (CTA_PREFIX.matcher(text).find() && (!line.sentenceEnd || line.words <= 4)) {
			return Kind.CTA;
		}
		Matcher stamp = STAMP.matcher(text);
		if (stamp.matches()) {
			String rest = stamp.group(3);
			String date = PublicationDates.parse(rest);
			if (rest.isBlank() || date != null || TIMESTAMP.matcher(rest).matches()) {
				boolean publication = stamp.group(2).equalsIgnoreCase("published")
						|| stamp.group(2).equalsIgnoreCase("posted") || stamp.group(2).equalsIgnoreCase("created");
				line.date = publication ? date : null;
				return Kind.STAMP;
			}
		}
		String date = PublicationDates.parse(text);
		if (date != null) {
			line.date = date;
			return Kind.DATELINE;
		}
		if (!line.sentenceEnd && (text.charAt(0) == 'B' || text.charAt(0) == 'b')) {
			Matcher byline = BYLINE.matcher(text);
			if (byline.matches() && line.words <= 10) {
				line.author = byline.group(1).replaceAll("[\\s,&]+$|\\s+and$", "").trim();
				return Kind.BYLINE;
			}
		}
		if (!line.sentenceEnd && (MEDIA_START.matcher(text).find() || MEDIA_ANYWHERE.matcher(text).find())) {
			return Kind.MEDIA;
		}
		if (LEGAL.matcher(text).find()) {
			return Kind.LEGAL;
		}
		return null;
	}

	// A line standing alone between relative timestamps is a list entry even if it ends
	// with a full stop.
	private static void absorbSentencesBetweenTimestamps(Line[] lines) {
		for (int i = 0; i < lines.length; i++) {
			Line line = lines[i];
			if (line.kind == Kind.CONTENT && line.words <= HEADLINE_WORDS) {
				Line previous = neighbour(lines, i, -1);
				Line next = neighbour(lines, i, 1);
				if (previous != null && next != null && isListMarker(previous) && isListMarker(next)
						&& (previous.kind == Kind.TIMESTAMP || next.kind == Kind.TIMESTAMP)) {
					line.kind = Kind.SHORT;
				}
			}
		}
	}

	/**
	 * Drops lists of headlines separated by timestamps, dashes or numbers ("latest
	 * stories", "trending"): a stretch of short lines holding at least three entries and
	 * two markers, dropped whole with its heading, which is one of its short lines.
	 */
	private static void dropSeparatedLists(Line[] lines) {
		int start = 0;
		while (start < lines.length) {
			if (!isListLine(lines[start]) || lines[start].kind == Kind.BLANK) {
				start++;
				continue;
			}
			int end = start;
			int entries = 0;
			int markers = 0;
			while (end < lines.length && isListLine(lines[end])) {
				if (isListMarker(lines[end])) {
					markers++;
				}
				else if (lines[end].kind == Kind.SHORT) {
					entries++;
				}
				end++;
			}
			if (entries >= 3 && markers >= 2) {
				for (int i = start; i < end; i++) {
					lines[i].dropped = true;
					lines[i].listed = true;
				}
			}
			start = end;
		}
	}

	/**
	 * Drops runs of three or more consecutively numbered headlines ("most read") with
	 * their heading.
	 */
	private static void dropNumberedLists(Line[] lines) {
		int i = 0;
		while (i < lines.length) {
			if (lines[i].ordinal < 0 || lines[i].dropped) {
				i++;
				continue;
			}
			int count = 1;
			int unpunctuated = lines[i].sentenceEnd ? 0 : 1;
			int last = i;
			int expected = lines[i].ordinal + 1;
			for (int j = i + 1; j < lines.length; j++) {
				if (lines[j].kind == Kind.BLANK || lines[j].kind == Kind.TIMESTAMP) {
					continue;
				}
				if (lines[j].ordinal != expected) {
					break;
				}
				count++;
				unpunctuated += lines[j].sentenceEnd ? 0 : 1;
				expected++;
				last = j;
			}
			// Numbered sentences are an article's own list; numbered headlines are a
			// digest.
			if (count >= 3 && unpunctuated * 3 >= count * 2) {
				for (int j = i; j <= last; j++) {
					lines[j].dropped = true;
					lines[j].listed = true;
				}
				Line heading = neighbour(lines, i, -1);
				if (heading != null && heading.words <= 6 && !heading.sentenceEnd && heading.kind != Kind.CONTENT) {
					heading.dropped = true;
				}
			}
			i = last + 1;
		}
	}

	/**
	 * Finds the headline. A stated title is only removed from the text; otherwise it is
	 * the last headline-like short line before the first paragraph (menus come before
	 * headlines, bylines and captions after), or a short first sentence that stands
	 * alone.
	 */
	private static String findTitle(Line[] lines, String knownTitle) {
		int firstContent = firstKept(lines, Kind.CONTENT);
		int headEnd = firstContent < 0 ? lines.length : firstContent;
		if (knownTitle != null) {
			String key = comparable(knownTitle);
			for (int i = 0; i <= Math.min(headEnd, lines.length - 1); i++) {
				if (!lines[i].dropped && lines[i].kind != Kind.BLANK && comparable(lines[i].text).equals(key)) {
					lines[i].dropped = true;
					break;
				}
			}
			return knownTitle;
		}
		for (int i = headEnd - 1; i >= 0; i--) {
			Line line = lines[i];
			if (!line.dropped && line.kind == Kind.SHORT && line.words >= 3 && line.ordinal < 0
					&& startsLikeHeadline(line.text)) {
				line.dropped = true;
				return line.text;
			}
		}
		if (firstContent >= 0) {
			Line first = lines[firstContent];
			Line next = neighbour(lines, firstContent, 1);
			// A caption, stamp or byline below it sets a headline apart; a paragraph,
			// subheading
			// or date below it leaves it the story's opening sentence, which is the safer
			// mistake: a paragraph taken for a title is lost from the text.
			boolean standsAlone = next != null && (next.kind == Kind.MEDIA || next.kind == Kind.STAMP
					|| next.kind == Kind.BYLINE || next.kind == Kind.CTA || isListMarker(next));
			if (first.words <= SENTENCE_HEADLINE_WORDS && standsAlone && isSingleSentence(first.text)
					&& startsLikeHeadline(first.text)) {
				first.dropped = true;
				return first.text;
			}
		}
		return null;
	}

	/**
	 * Drops runs of three or more short lines (menus, tag lists, related links) wherever
	 * they stand, unless they are a bulleted list of phrases inside the story.
	 */
	private static void dropFurnitureRuns(Line[] lines) {
		int start = 0;
		while (start < lines.length) {
			if (!isFurniture(lines[start])) {
				start++;
				continue;
			}
			int end = start;
			int shortLines = 0;
			int bulletedPhrases = 0;
			while (end < lines.length && (isFurniture(lines[end]) || lines[end].kind == Kind.BLANK)) {
				Line line = lines[end];
				if (line.kind == Kind.SHORT || line.kind == Kind.CTA) {
					shortLines++;
					if (line.bullet && line.words >= 4) {
						bulletedPhrases++;
					}
				}
				end++;
			}
			boolean articleList = bulletedPhrases == shortLines
					|| bulletedPhrases == shortLines - 1 && !lines[start].bullet && lines[start].kind == Kind.SHORT;
			if (shortLines >= 3 && !articleList) {
				for (int i = start; i < end; i++) {
					lines[i].dropped = true;
				}
			}
			start = end;
		}
	}

	private static Result assemble(Line[] lines, String title, List<String> rawLines) {
		int firstContent = firstKept(lines, Kind.CONTENT);
		int lastContent = -1;
		for (int i = lines.length - 1; i >= 0; i--) {
			if (!lines[i].dropped && lines[i].kind == Kind.CONTENT) {
				lastContent = i;
				break;
			}
		}
		String author = null;
		String published = null;
		int storyDates = 0;
		String storyDate = null;
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			Line line = lines[i];
			// A byline or date amid page controls still speaks of the article; one inside
			// a
			// list of other stories speaks of another.
			boolean outsideStory = i < firstContent || i > lastContent || firstContent < 0;
			if (line.kind == Kind.BYLINE && author == null && !line.listed && outsideStory) {
				author = line.author;
			}
			if (line.date != null && !line.listed) {
				if (outsideStory) {
					published = published != null ? published : line.date;
				}
				else {
					storyDates++;
					storyDate = line.date;
				}
			}
			if (line.dropped) {
				continue;
			}
			boolean keep = switch (line.kind) {
				case CONTENT -> true;
				// Inside the story a short line is a list item or a paragraph without its
				// full stop; a subheading is neither and goes.
				case SHORT -> i > firstContent && i < lastContent
						&& (line.bullet && line.words >= 3 || line.words > SUBHEADING_WORDS);
				default -> false;
			};
			if (keep) {
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(line.text);
			}
		}
		// Inside the story several dates are the subheadings of a timeline; a single one
		// is
		// the article's dateline set between its paragraphs.
		if (published == null && storyDates == 1) {
			published = storyDate;
		}
		List<String> warnings = new ArrayList<>();
		if (text.isEmpty()) {
			// Better the whole text than nothing: the user can still read and annotate
			// it.
			for (String raw : rawLines) {
				if (!raw.isEmpty()) {
					if (!text.isEmpty()) {
						text.append('\n');
					}
					text.append(raw);
				}
			}
			warnings.add("no article text recognised; kept all lines");
		}
		return new Result(title, text.toString(), author, published, warnings);
	}

	// "Home » World » Africa", "News | Politics | Sport": words between two or more
	// separators.
	private static boolean isBreadcrumb(String text) {
		int separators = 0;
		for (int i = 1; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '»' || c == '›' || c == '>' || c == '|' || c == '/' || c == '•' || c == '·')
					&& text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
				separators++;
			}
		}
		return separators >= 2;
	}

	private static boolean isListLine(Line line) {
		return !line.dropped
				&& (line.kind == Kind.SHORT || line.kind == Kind.BLANK || line.kind == Kind.CTA || isListMarker(line));
	}

	private static boolean isListMarker(Line line) {
		return line.kind == Kind.SEPARATOR || line.kind == Kind.TIMESTAMP;
	}

	private static boolean isFurniture(Line line) {
		return !line.dropped && line.kind != Kind.CONTENT && line.kind != Kind.BLANK;
	}

	private static Line neighbour(Line[] lines, int index, int step) {
		for (int i = index + step; i >= 0 && i < lines.length; i += step) {
			if (lines[i].kind != Kind.BLANK) {
				return lines[i];
			}
		}
		return null;
	}

	private static int firstKept(Line[] lines, Kind kind) {
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].dropped && lines[i].kind == kind) {
				return i;
			}
		}
		return -1;
	}

	static int countWords(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean space = text.charAt(i) == ' ';
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words;
	}

	private static boolean endsLikeSentence(String text, int words) {
		int end = text.length() - 1;
		while (end >= 0 && isClosing(text.charAt(end))) {
			end--;
		}
		if (end < 0) {
			return false;
		}
		char last = text.charAt(end);
		return last == '.' || last == '!' || last == '?' || last == '…' || last == ';' || last == ':' && words >= 5;
	}

	private static boolean isBulletMark(char c) {
		return c == '-' || c == '•' || c == '*' || c == '·' || c == '▪' || c == '◦' || c == '‣' || c == '–';
	}

	private static boolean isClosing(char c) {
		return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']' || c == '*' || c == '_'
				|| c == ' ';
	}

	private static boolean isSingleSentence(String text) {
		// A full stop followed by a capital inside the line starts another sentence;
		// initials
		// and abbreviations ("U.S. Immigration") are the price of a cheap test, and only
		// make
		// a line less likely to be taken for a headline.
		for (int i = 0; i + 2 < text.length() - 1; i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
					&& Character.isUpperCase(text.charAt(i + 2))) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsLikeHeadline(String text) {
		int c = text.codePointAt(0);
		return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\'';
	}

	// The words of a short line without case, trailing punctuation or arrows: "Read more
	// »" → "read more".
	private static String bare(String text) {
		int end = text.length();
		while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
			end--;
		}
		int start = 0;
		while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
			start++;
		}
		return text.substring(start, end).toLowerCase(Locale.ROOT);
	}

	private static String comparable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
			}
		}
		return out.toString();
	}

	/** One line with the features it is judged by. */
	private static final class Line {

		final String text;

		final int words;

		final boolean sentenceEnd;

		Kind kind;

		int ordinal = -1;

		boolean bullet;

		boolean dropped;

		boolean listed;

		String date;

		String author;

		Line(String text, int words, boolean sentenceEnd, Kind kind) {
			this.text = text;
			this.words = words;
			this.sentenceEnd = sentenceEnd;
			this.kind = kind;
		}

	}

}
