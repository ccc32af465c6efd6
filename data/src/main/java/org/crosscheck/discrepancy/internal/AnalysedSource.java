package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crosscheck.discrepancy.ComparedSource;
import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.text.Sentences;

/**
 * A source with its sentences analysed once, so that comparing it with many others costs no re-tokenising. It keeps
 * the text, the facts and the sentences' offsets and features, not the split sentences' own copies of their words:
 * a dataset check holds thousands of these at once.
 */
public final class AnalysedSource {

	private final String id;

	private final String text;

	private final List<Fact> facts;

	private final List<AnalysedSentence> sentences;

	private AnalysedSource(ComparedSource source, List<AnalysedSentence> sentences) {
		this.id = source.id();
		this.text = source.text();
		this.facts = source.facts();
		this.sentences = sentences;
	}

	/**
	 * Tokenises every sentence of {@code source} and hashes its features, numbered by {@code index} (which the source
	 * is then added to; the numbers mean nothing to another index).
	 */
	static AnalysedSource of(ComparedSource source, CandidateIndex index) {
		String text = source.text();
		List<Sentences.Sentence> split = source.sentences();
		int[] paragraphs = new int[split.size()];
		int[] words = new int[split.size()];
		boolean[] namesOrNumbers = new boolean[split.size()];
		// Unigrams and bigrams of each sentence in turn, numbered at once for the whole source.
		long[][] features = new long[2 * split.size()][];
		int paragraph = 0;
		int scanned = 0;
		Lexicon lexicon = Lexicon.get();
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
			for (int i = 0; i < tokens.size(); i++) {
				Token token = tokens.get(i);
				if (!token.stopWord()) {
					content.add(token.stem());
				}
				if (Character.isDigit(token.surface().charAt(0))
						|| (i > 0 && token.capitalised() && !token.stopWord()
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
		return new AnalysedSource(source, List.copyOf(analysed));
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
		return facts.stream()
			.filter(f -> f.kind() == kind && f.overlaps(sentence.start(), sentence.end()))
			.toList();
	}

	public List<Fact> facts(FactKind kind) {
		return facts.stream().filter(f -> f.kind() == kind).toList();
	}

	public String sentenceText(int index) {
		AnalysedSentence sentence = sentences.get(index);
		return text.substring(sentence.start(), sentence.end());
	}

}
