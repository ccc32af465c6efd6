package org.crosscheck.discrepancy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crosscheck.discrepancy.ComparedSource;
import org.crosscheck.discrepancy.Fact;
import org.crosscheck.discrepancy.FactKind;
import org.crosscheck.text.Sentences;

/** A source with its sentences analysed once, so that comparing it with many others costs no re-tokenising. */
public final class AnalysedSource {

	private final ComparedSource source;

	private final List<AnalysedSentence> sentences;

	private AnalysedSource(ComparedSource source, List<AnalysedSentence> sentences) {
		this.source = source;
		this.sentences = sentences;
	}

	/** Tokenises every sentence of {@code source} and hashes its features. */
	public static AnalysedSource of(ComparedSource source) {
		String text = source.text();
		List<AnalysedSentence> analysed = new ArrayList<>(source.sentences().size());
		int paragraph = 0;
		int scanned = 0;
		Lexicon lexicon = Lexicon.get();
		for (Sentences.Sentence sentence : source.sentences()) {
			for (int i = scanned; i < sentence.start(); i++) {
				if (text.charAt(i) == '\n') {
					paragraph++;
				}
			}
			scanned = Math.max(scanned, sentence.start());
			List<Token> tokens = Tokenizer.tokens(text, sentence.start(), sentence.end());
			List<String> content = new ArrayList<>();
			boolean namesOrNumbers = false;
			for (int i = 0; i < tokens.size(); i++) {
				Token token = tokens.get(i);
				if (!token.stopWord()) {
					content.add(token.stem());
				}
				if (Character.isDigit(token.surface().charAt(0))
						|| (i > 0 && token.capitalised() && !token.stopWord()
								&& !lexicon.isTemporal(token.key(), token.surface()))) {
					namesOrNumbers = true;
				}
			}
			long[] unigrams = content.stream().mapToLong(Features::hash).distinct().toArray();
			long[] bigrams = new long[Math.max(0, content.size() - 1)];
			for (int i = 0; i + 1 < content.size(); i++) {
				bigrams[i] = Features.pair(content.get(i), content.get(i + 1));
			}
			bigrams = Arrays.stream(bigrams).distinct().toArray();
			analysed.add(new AnalysedSentence(analysed.size(), sentence.start(), sentence.end(), paragraph, unigrams,
					bigrams, tokens.size(), namesOrNumbers));
		}
		return new AnalysedSource(source, List.copyOf(analysed));
	}

	public ComparedSource source() {
		return source;
	}

	public String id() {
		return source.id();
	}

	public String text() {
		return source.text();
	}

	public List<AnalysedSentence> sentences() {
		return sentences;
	}

	/** The words of sentence {@code index}. */
	public List<Token> tokens(int index) {
		AnalysedSentence sentence = sentences.get(index);
		return Tokenizer.tokens(source.text(), sentence.start(), sentence.end());
	}

	/** The facts of {@code kind} that overlap sentence {@code index}. */
	public List<Fact> facts(FactKind kind, int index) {
		AnalysedSentence sentence = sentences.get(index);
		return source.facts().stream()
			.filter(f -> f.kind() == kind && f.overlaps(sentence.start(), sentence.end()))
			.toList();
	}

	public List<Fact> facts(FactKind kind) {
		return source.facts().stream().filter(f -> f.kind() == kind).toList();
	}

	public String sentenceText(int index) {
		AnalysedSentence sentence = sentences.get(index);
		return source.text().substring(sentence.start(), sentence.end());
	}

}
