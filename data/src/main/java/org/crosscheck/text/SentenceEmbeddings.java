package org.crosscheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * What sentences mean, as vectors: the all-MiniLM-L6-v2 sentence-embedding model
 * (quantized), run in-process on the CPU by ONNX Runtime from the model file inside its
 * jar, so nothing is downloaded. The model is loaded on first use only (about a second),
 * so that a console that never compares independent reports never pays for it.
 *
 * <p>
 * Vectors are unit length and quantized to one signed byte a dimension (384 bytes a
 * sentence): a check holds the vectors of the sentences it compares, and cosine
 * similarity survives the rounding to within about 0.01.
 */
public final class SentenceEmbeddings {

	/** Dimensions of a vector. */
	public static final int DIMENSIONS = 384;

	/**
	 * The model reads at most this many word pieces; longer sentences are cut there,
	 * counted in {@link #cut()}.
	 */
	private static final int MAX_WORDS = 180;

	private static final int BATCH = 64;

	private static final AtomicLong EMBEDDED = new AtomicLong();

	private static final AtomicLong CUT = new AtomicLong();

	private SentenceEmbeddings() {
	}

	/**
	 * Holder idiom: the model loads when a vector is first asked for, once per process,
	 * thread-safely.
	 */
	private static final class Model {

		static final EmbeddingModel INSTANCE = load();

		/**
		 * The model's library reads its files through the thread's context class loader.
		 * A check first asks for vectors on a worker of the common pool, whose loader in
		 * the console's packaged jar cannot see the nested jars ("Embedding model file is
		 * not available"), so the model is loaded through the loader of this class.
		 */
		private static EmbeddingModel load() {
			Thread thread = Thread.currentThread();
			ClassLoader before = thread.getContextClassLoader();
			thread.setContextClassLoader(SentenceEmbeddings.class.getClassLoader());
			try {
				return new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
			}
			finally {
				thread.setContextClassLoader(before);
			}
		}

	}

	/**
	 * The unit vectors of {@code texts}, in order, each quantized to {@link #DIMENSIONS}
	 * bytes.
	 */
	public static byte[][] embed(List<String> texts) {
		byte[][] vectors = new byte[texts.size()][];
		for (int from = 0; from < texts.size(); from += BATCH) {
			int to = Math.min(texts.size(), from + BATCH);
			List<TextSegment> batch = new ArrayList<>(to - from);
			for (int i = from; i < to; i++) {
				batch.add(TextSegment.from(fit(texts.get(i))));
			}
			List<Embedding> embeddings = Model.INSTANCE.embedAll(batch).content();
			for (int i = from; i < to; i++) {
				vectors[i] = quantize(embeddings.get(i - from).vector());
			}
		}
		EMBEDDED.addAndGet(texts.size());
		return vectors;
	}

	/**
	 * Cosine similarity of two vectors from {@link #embed}: 1 for the same meaning, about
	 * 0 for unrelated.
	 */
	public static double cosine(byte[] x, byte[] y) {
		long dot = 0;
		long xx = 0;
		long yy = 0;
		for (int i = 0; i < x.length; i++) {
			dot += x[i] * y[i];
			xx += x[i] * x[i];
			yy += y[i] * y[i];
		}
		return xx == 0 || yy == 0 ? 0 : dot / Math.sqrt((double) xx * yy);
	}

	/** How many texts this process has embedded. */
	public static long embedded() {
		return EMBEDDED.get();
	}

	/**
	 * How many texts were longer than the model's window and were embedded by their
	 * beginning.
	 */
	public static long cut() {
		return CUT.get();
	}

	private static String fit(String text) {
		String[] words = text.strip().split("\\s+");
		if (words.length <= MAX_WORDS) {
			return text;
		}
		CUT.incrementAndGet();
		return String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS));
	}

	private static byte[] quantize(float[] vector) {
		double norm = 0;
		for (float v : vector) {
			norm += v * v;
		}
		norm = Math.sqrt(norm);
		byte[] quantized = new byte[vector.length];
		for (int i = 0; i < vector.length; i++) {
			// A unit vector's parts rarely exceed 0.25 in magnitude: scaling by 4 × 127
			// keeps resolution where it
			// matters, and the few larger parts are clamped.
			double scaled = norm == 0 ? 0 : vector[i] / norm * 508;
			quantized[i] = (byte) Math.max(-127, Math.min(127, Math.round(scaled)));
		}
		return quantized;
	}

}
