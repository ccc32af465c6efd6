package org.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.crosscheck.extraction.DatePrecision;
import org.crosscheck.extraction.DateParser;
import org.crosscheck.extraction.DateValue;
import org.crosscheck.extraction.Suggestion;
import org.crosscheck.source.internal.PublicationDates;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the ECB+ development topics kept beside the repository
 * ({@code ../shared/corpora/ecbplus-dev/}, see its README): real reports of the same
 * events by many outlets, with gold cross-document coreference. Each document comes back
 * with its text detokenised ("$ 334 million" becomes "$334 million"), one gold sentence
 * per line, where each gold sentence stands in that text, its publication day when a
 * dateline gives one, and which sentences mention each cross-document instance (event or
 * entity). The gold story of a document is its topic and subcorpus: {@code ecb} and
 * {@code ecbplus} are the two different seminal events of a topic.
 */
public final class EcbPlusCorpus {

	/**
	 * Where the corpus stands relative to the repository root; overridden by
	 * {@code -Dbench.ecbplus=DIR}.
	 */
	static final String RELATIVE = "shared/corpora/ecbplus-dev";

	private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecbplus|ecb)\\.xml");

	/**
	 * One gold cross-document instance a document mentions.
	 *
	 * @param id the instance id (the {@code note} of its {@code CROSS_DOC_COREF})
	 * @param tag the instance's annotation tag, such as {@code ACTION_OCCURRENCE} or
	 * {@code HUMAN_PART_ORG}
	 * @param descriptor the coders' name for it, such as {@code t43_334mil_deal}
	 * @param sentences the gold sentence numbers whose markables refer to it
	 */
	public record Instance(String id, String tag, String descriptor, Set<Integer> sentences) {

		/**
		 * True for an event (an action, negated or not), false for a time, place or
		 * participant.
		 */
		public boolean event() {
			return this.tag.startsWith("ACTION") || this.tag.startsWith("NEG");
		}

	}

	/**
	 * One document.
	 *
	 * @param file the file name, such as {@code 43_10ecbplus.xml}
	 * @param topic the topic number
	 * @param subcorpus {@code ecb} or {@code ecbplus}
	 * @param text the detokenised text, one gold sentence per line (the ecbplus URL,
	 * sentence 0, left out)
	 * @param sentences gold sentence number to its {@code [start, end)} in {@link #text}
	 * @param published the day the dateline gives, or null
	 * @param instances the cross-document instances it mentions, by id
	 */
	public record Document(String file, int topic, String subcorpus, String text, Map<Integer, int[]> sentences,
			LocalDate published, Map<String, Instance> instances) {

		/** The id a check knows it by: the file name without {@code .xml}. */
		public String id() {
			return this.file.replace(".xml", "");
		}

		/**
		 * The gold story: the topic and which of its two seminal events, such as
		 * {@code 43/ecbplus}.
		 */
		public String story() {
			return this.topic + "/" + this.subcorpus;
		}

		/** The gold sentence whose text overlaps {@code [start, end)} most, or -1. */
		public int sentenceAt(int start, int end) {
			int best = -1;
			int most = 0;
			for (Map.Entry<Integer, int[]> sentence : this.sentences.entrySet()) {
				int overlap = Math.min(end, sentence.getValue()[1]) - Math.max(start, sentence.getValue()[0]);
				if (overlap > most) {
					most = overlap;
					best = sentence.getKey();
				}
			}
			return best;
		}

		/**
		 * The ids of the instances (events only, or all) that gold sentence
		 * {@code number} mentions.
		 */
		public Set<String> instancesIn(int number, boolean eventsOnly) {
			Set<String> ids = new TreeSet<>();
			this.instances.values()
				.stream()
				.filter(i -> !eventsOnly || i.event())
				.filter(i -> i.sentences().contains(number))
				.forEach(i -> ids.add(i.id()));
			return ids;
		}

	}

	private EcbPlusCorpus() {
	}

	/**
	 * The corpus folder, when it can be found from the working directory or any folder
	 * above it.
	 */
	public static Optional<Path> locate() {
		String given = System.getProperty("bench.ecbplus");
		if (given != null) {
			return Optional.of(Path.of(given)).filter(Files::isDirectory);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(RELATIVE);
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** What a benchmark or test says when the corpus is absent. */
	public static String missing() {
		return "skipped: ../" + RELATIVE + "/ not found (looked from " + Path.of("").toAbsolutePath()
				+ " upwards; -Dbench.ecbplus=DIR points at it)";
	}

	/**
	 * Every document of the corpus in {@code folder}, by topic, then subcorpus, then
	 * number.
	 */
	public static List<Document> read(Path folder) {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Document> documents = new ArrayList<>(files.stream().map(EcbPlusCorpus::readFile).toList());
		documents.sort(Comparator.comparingInt(Document::topic)
			.thenComparing(Document::subcorpus)
			.thenComparingInt(d -> number(d.file())));
		return documents;
	}

	private static int number(String file) {
		Matcher matcher = FILE.matcher(file);
		return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
	}

	static Document readFile(Path path) {
		String file = path.getFileName().toString();
		Matcher name = FILE.matcher(file);
		if (!name.matches()) {
			throw new IllegalArgumentException("not an ECB+ file name: " + file);
		}
		boolean plus = name.group(3).equals("ecbplus");
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			root = factory.newDocumentBuilder().parse(path.toFile()).getDocumentElement();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read " + path + ": " + ex.getMessage(), ex);
		}
		// Tokens by sentence, in order; token id to sentence number.
		Map<Integer, List<String>> tokens = new TreeMap<>();
		Map<String, Integer> sentenceOfToken = new HashMap<>();
		NodeList tokenNodes = root.getElementsByTagName("token");
		for (int i = 0; i < tokenNodes.getLength(); i++) {
			Element token = (Element) tokenNodes.item(i);
			int sentence = Integer.parseInt(token.getAttribute("sentence"));
			if (plus && sentence == 0) {
				continue; // the page's URL
			}
			tokens.computeIfAbsent(sentence, k -> new ArrayList<>()).add(token.getTextContent());
			sentenceOfToken.put(token.getAttribute("t_id"), sentence);
		}
		StringBuilder text = new StringBuilder();
		Map<Integer, int[]> sentences = new LinkedHashMap<>();
		LocalDate published = null;
		int seen = 0;
		for (Map.Entry<Integer, List<String>> sentence : tokens.entrySet()) {
			String words = detokenise(sentence.getValue());
			if (words.isBlank()) {
				continue;
			}
			if (published == null && plus && seen < 4) {
				published = dateline(words);
			}
			seen++;
			sentences.put(sentence.getKey(), new int[] { text.length(), text.length() + words.length() });
			text.append(words).append('\n');
		}
		return new Document(file, Integer.parseInt(name.group(1)), name.group(3), text.toString(), sentences, published,
				instances(root, sentenceOfToken));
	}

	private static Map<String, Instance> instances(Element root, Map<String, Integer> sentenceOfToken) {
		// Markables: mention id to its sentences; instance descriptors (markables with an
		// instance_id).
		Map<String, Set<Integer>> mentionSentences = new HashMap<>();
		Map<String, String[]> descriptors = new HashMap<>();
		NodeList markables = root.getElementsByTagName("Markables");
		if (markables.getLength() > 0) {
			for (Node node = markables.item(0).getFirstChild(); node != null; node = node.getNextSibling()) {
				if (!(node instanceof Element markable)) {
					continue;
				}
				String id = markable.getAttribute("m_id");
				if (!markable.getAttribute("instance_id").isEmpty()) {
					descriptors.put(markable.getAttribute("instance_id"),
							new String[] { markable.getTagName(), markable.getAttribute("TAG_DESCRIPTOR") });
					continue;
				}
				NodeList anchors = markable.getElementsByTagName("token_anchor");
				for (int i = 0; i < anchors.getLength(); i++) {
					Integer sentence = sentenceOfToken.get(((Element) anchors.item(i)).getAttribute("t_id"));
					if (sentence != null) {
						mentionSentences.computeIfAbsent(id, k -> new TreeSet<>()).add(sentence);
					}
				}
			}
		}
		Map<String, Instance> instances = new TreeMap<>();
		NodeList relations = root.getElementsByTagName("CROSS_DOC_COREF");
		for (int i = 0; i < relations.getLength(); i++) {
			Element relation = (Element) relations.item(i);
			String id = relation.getAttribute("note");
			String[] descriptor = descriptors.getOrDefault(id, new String[] { tagOf(id), "" });
			Set<Integer> in = new TreeSet<>();
			NodeList mentions = relation.getElementsByTagName("source");
			for (int j = 0; j < mentions.getLength(); j++) {
				in.addAll(mentionSentences.getOrDefault(((Element) mentions.item(j)).getAttribute("m_id"), Set.of()));
			}
			Instance previous = instances.get(id);
			if (previous != null) {
				in.addAll(previous.sentences());
			}
			if (!in.isEmpty()) {
				instances.put(id, new Instance(id, descriptor[0], descriptor[1], in));
			}
		}
		return instances;
	}

	// Instance ids start with their class: ACT, NEG, HUM, NON, LOC, TIM.
	private static String tagOf(String id) {
		return id.startsWith("ACT") ? "ACTION" : id.startsWith("NEG") ? "NEG_ACTION" : id.replaceAll("\\d", "");
	}

	// Tokens that stick to the one before them, and those that the next sticks to.
	private static final Set<String> CLOSING = Set.of(",", ".", ";", ":", ")", "]", "}", "!", "?", "%", "”", "’", "'s",
			"'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'", "…");

	private static final Set<String> OPENING = Set.of("(", "[", "{", "$", "€", "£", "“", "‘", "#");

	private static final Pattern WORDISH = Pattern.compile("[\\p{L}\\p{N}]+");

	/**
	 * Undoes the corpus's token spacing: no space before closing punctuation and clitics,
	 * none after an opening bracket or a currency sign, none around a hyphen, slash or a
	 * colon or point between digits; straight quotes alternate between opening and
	 * closing.
	 */
	static String detokenise(List<String> tokens) {
		StringBuilder out = new StringBuilder();
		boolean glueNext = true;
		boolean quoteOpen = false;
		for (int i = 0; i < tokens.size(); i++) {
			String token = quote(tokens.get(i).strip());
			if (token.isEmpty()) {
				continue;
			}
			String previous = i > 0 ? quote(tokens.get(i - 1).strip()) : "";
			String next = i + 1 < tokens.size() ? quote(tokens.get(i + 1).strip()) : "";
			boolean glue = glueNext;
			glueNext = false;
			if (token.equals("\"")) {
				glue |= quoteOpen;
				glueNext = !quoteOpen;
				quoteOpen = !quoteOpen;
			}
			else if (CLOSING.contains(token)) {
				glue = true;
				// "7 : 32", "5 . 4", "p . m ." and "U . S ." close up on both sides.
				if ((token.equals(":") || token.equals(".")) && endsWithDigit(previous) && startsWithDigit(next)
						|| token.equals(",") && endsWithDigit(previous) && next.length() == 3 && digits(next)) {
					glueNext = true;
				}
				if (token.equals(".") && previous.length() == 1 && Character.isLetter(previous.charAt(0))
						&& next.length() == 1 && Character.isLetter(next.charAt(0))) {
					glueNext = true;
				}
			}
			else if ((token.equals("s") || token.equals("t")) && (previous.equals("’") || previous.equals("'"))) {
				glue = true; // "AMD’ s" was one word
			}
			else if (OPENING.contains(token) || token.equals("NT$") || token.equals("US$")) {
				glueNext = true;
			}
			else if ((token.equals("-") || token.equals("/")) && WORDISH.matcher(previous).matches()
					&& WORDISH.matcher(next).matches()) {
				glue = true;
				glueNext = true;
			}
			if (!glue && out.length() > 0) {
				out.append(' ');
			}
			out.append(token);
		}
		return out.toString().strip();
	}

	// The older corpus writes quotes the LaTeX way.
	private static String quote(String token) {
		return token.equals("``") ? "“" : token.equals("''") ? "”" : token;
	}

	private static boolean endsWithDigit(String token) {
		return !token.isEmpty() && Character.isDigit(token.charAt(token.length() - 1));
	}

	private static boolean startsWithDigit(String token) {
		return !token.isEmpty() && Character.isDigit(token.charAt(0));
	}

	private static boolean digits(String token) {
		return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
	}

	private static final Pattern DATELINE_NOISE = Pattern
		.compile("(?i)^(?:posted|published|updated|on|date)\\s*:?\\s*|\\s+(?:news|et|est|edt|pst|pdt)\\s*$");

	private static final Pattern US_NUMERIC = Pattern.compile("^(\\d{1,2})[./](\\d{1,2})[./](\\d{2}|\\d{4})\\b");

	/**
	 * The day a short dateline sentence gives ("February 29, 2012, 7:32 p.m. ET", "Posted
	 * 2007-11-12"), or null.
	 */
	static LocalDate dateline(String sentence) {
		if (sentence.split("\\s+").length > 10) {
			return null;
		}
		String line = DATELINE_NOISE.matcher(sentence.strip()).replaceAll("").replace("@", "").strip();
		String iso = PublicationDates.parse(line);
		if (iso != null && iso.length() >= 10) {
			return LocalDate.parse(iso.substring(0, 10));
		}
		Matcher numeric = US_NUMERIC.matcher(line);
		if (numeric.find()) {
			int year = Integer.parseInt(numeric.group(3));
			try {
				return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(numeric.group(1)),
						Integer.parseInt(numeric.group(2)));
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}
		for (Suggestion found : DateParser.find(line, null)) {
			DateValue value = (DateValue) found.value();
			if (value.start() != null && value.precision() == DatePrecision.DAY) {
				return value.start();
			}
		}
		return null;
	}

}
