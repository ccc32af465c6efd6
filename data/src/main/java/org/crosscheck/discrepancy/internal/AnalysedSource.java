package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crosscheck.discrepancy.ComparedSource;
import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.text.Lexicon;
import org.crosscheck.text.Sentences;
import org.crosscheck.text.Token;
import org.crosscheck.text.Tokenizer;

/**
 * A source with its sentences analysed once, so that comparing it with many others costs
 * no re-tokenising. It keeps the text, the facts and the sentences' offsets and features,
 * not the split sentences' own copies of their words: a dataset check holds thousands of
 * these at once.
 */
public final class AnalysedSource {

	private final String id;

	private final String text;

	private final List<Fact> facts;

	private final List<AnalysedSentence> sentences;

	private final java.time.LocalDate published;

	private final boolean english;

	/**
	 * The sentences' meaning vectors, computed when first needed (null until then, and
	 * for a sentence not asked).
	 */
	private byte[][] meaning;

	private AnalysedSource(ComparedSource source, List<AnalysedSentence> sentences, boolean english) {
		this.id = source.id();
		this.text = source.text();
		this.facts = source.facts();
		this.sentences = sentences;
		this.published = source.published();
		this.english = english;
	}

	/**
	 * Tokenises every sentence of {@code source} and hashes its features, numbered by
	 * {@code index} (which the source is then added to; the numbers mean nothing to
	 * another index).
	 */
	static AnalysedSource of(ComparedSource source, CandidateIndex index) {
		String text = source.text();
		List<Sentences.Sentence> split = source.sentences();
		int[] paragraphs = new int[split.size()];
		int[] words = new int[split.size()];
		boolean[] namesOrNumbers = new boolean[split.size()];
		// Unigrams and bigrams of each sentence in turn, numbered at once for the whole
		// source.
		long[][] features = new long[2 * split.size()][];
		int paragraph = 0;
		int scanned = 0;
		Lexicon lexicon = Lexicon.get();
		int tokenCount = 0;
		int stopWords = 0;
		for (int s = 0; s < split.size(); s++) {
			Sentences.Sentence sentence = split.get(s);
			for (int i = scanned; i < sentence.start(); i++) {
				if (text.charAt(i) == '\n') {
					paragraph++;
				}
			}
			scanned = Math.max(scanned, sentence.start());
			List<Token> tokens = Tokenizer.tokens(text, sentence.start(), sentence.end());
			List<String> content = new ArrayList<>();
			tokenCount += tokens.size();
			for (int i = 0; i < tokens.size(); i++) {
				Token token = tokens.get(i);
				if (token.stopWord()) {
					stopWords++;
				}
				else {
					content.add(token.stem());
				}
				if (Character.isDigit(token.surface().charAt(0)) || (i > 0 && token.capitalised() && !token.stopWord()
						&& !lexicon.isTemporal(token.key(), token.surface()))) {
					namesOrNumbers[s] = true;
				}
			}
			long[] bigrams = new long[Math.max(0, content.size() - 1)];
			for (int i = 0; i + 1 < content.size(); i++) {
				bigrams[i] = Features.pair(content.get(i), content.get(i + 1));
			}
			features[2 * s] = content.stream().mapToLong(Features::hash).distinct().toArray();
			features[2 * s + 1] = Arrays.stream(bigrams).distinct().toArray();
			paragraphs[s] = paragraph;
			words[s] = tokens.size();
		}
		int[][] terms = index.terms(features);
		List<AnalysedSentence> analysed = new ArrayList<>(split.size());
		for (int s = 0; s < split.size(); s++) {
			analysed.add(new AnalysedSentence(s, split.get(s).start(), split.get(s).end(), paragraphs[s], terms[2 * s],
					terms[2 * s + 1], words[s], namesOrNumbers[s]));
		}
		// English prose is about two fifths function words; a text with few of them is in
		// another language (or a
		// list), which the sentence model does not serve.
		boolean english = tokenCount < 20 || stopWords >= ENGLISH_FUNCTION_WORDS * tokenCount;
		return new AnalysedSource(source, List.copyOf(analysed), english);
	}

	/** Share of function words from which a text reads as English. */
	private static final double ENGLISH_FUNCTION_WORDS = 0.2;

	/** The day the source was published, or null. */
	public java.time.LocalDate published() {
		return published;
	}

	/** True when the text reads as English, the language the sentence model serves. */
	public boolean english() {
		return english;
	}

	/**
	 * The meaning vectors of the sentences numbered {@code wanted} (null for those not
	 * asked), computing those not yet known in one batch. Synchronised on the source, so
	 * that two comparisons never embed its sentences twice.
	 */
	synchronized byte[][] meaning(List<Integer> wanted) {
		if (meaning == null) {
			meaning = new byte[sentences.size()][];
		}
		List<Integer> missing = wanted.stream().filter(i -> meaning[i] == null).toList();
		if (!missing.isEmpty()) {
			byte[][] vectors = org.crosscheck.text.SentenceEmbeddings
				.embed(missing.stream().map(this::sentenceText).toList());
			for (int k = 0; k < missing.size(); k++) {
				meaning[missing.get(k)] = vectors[k];
			}
		}
		return meaning;
	}

	public String id() {
		return id;
	}

	public String text() {
		return text;
	}

	/** The facts of this source (may be empty). */
	public List<Fact> facts() {
		return facts;
	}

	public List<AnalysedSentence> sentences() {
		return sentences;
	}

	/** The words of sentence {@code index}. */
	public List<Token> tokens(int index) {
		AnalysedSentence sentence = sentences.get(index);
		return Tokenizer.tokens(text, sentence.start(), sentence.end());
	}

	/** The facts of {@code kind} that overlap sentence {@code index}. */
	public List<Fact> facts(FactKind kind, int index) {
		AnalysedSentence sentence = sentences.get(index);
		return facts.stream().filter(f -> f.kind() == kind && f.overlaps(sentence.start(), sentence.end())).toList();
	}

	public List<Fact> facts(FactKind kind) {
		return facts.stream().filter(f -> f.kind() == kind).toList();
	}

	public String sentenceText(int index) {
		AnalysedSentence sentence = sentences.get(index);
		return text.substring(sentence.start(), sentence.end());
	}

}
