package org.crosscheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits text into sentences with Apache OpenNLP's English sentence model, keeping each
 * sentence's character offsets so that spans can be anchored in the original text.
 * Paragraph breaks (newlines) always end a sentence.
 */
public final class Sentences {

	private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	private static final SentenceModel SENTENCE_MODEL = load();

	// SentenceDetectorME is not thread-safe; the model is.
	private static final ThreadLocal<SentenceDetectorME> DETECTOR = ThreadLocal
		.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));

	private Sentences() {
	}

	/** One sentence of a text: its words and where they stand. */
	public record Sentence(int start, int end, String text) {
	}

	/** The sentences of {@code text}, in order, each with offsets into {@code text}. */
	public static List<Sentence> split(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int lineStart = 0;
		int length = text.length();
		while (lineStart < length) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = length;
			}
			String line = text.substring(lineStart, lineEnd);
			if (!line.isBlank()) {
				for (opennlp.tools.util.Span span : DETECTOR.get().sentPosDetect(line)) {
					int start = lineStart + span.getStart();
					int end = lineStart + span.getEnd();
					while (start < end && Character.isWhitespace(text.charAt(start))) {
						start++;
					}
					while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
						end--;
					}
					if (end > start) {
						sentences.add(new Sentence(start, end, text.substring(start, end)));
					}
				}
			}
			lineStart = lineEnd + 1;
		}
		return sentences;
	}

	private static SentenceModel load() {
		try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
			}
			return new SentenceModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
