package org.crosscheck.text;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentence model tells a paraphrase from an unrelated sentence of the same story. */
class SentenceEmbeddingsTests {

	@Test
	void aParaphraseIsCloserThanAnUnrelatedSentenceOfTheSameStory() {
		byte[][] vectors = SentenceEmbeddings
			.embed(List.of("The city council approved the new bus contract on Tuesday by a vote of five to two.",
					"On Tuesday, councillors voted 5-2 to back the deal for new buses.",
					"Heavy rain is expected across the region over the weekend, forecasters said."));
		double paraphrase = SentenceEmbeddings.cosine(vectors[0], vectors[1]);
		double unrelated = SentenceEmbeddings.cosine(vectors[0], vectors[2]);
		assertThat(paraphrase).isGreaterThan(0.6);
		assertThat(unrelated).isLessThan(0.3);
		assertThat(SentenceEmbeddings.cosine(vectors[2], vectors[2])).isGreaterThan(0.99);
	}

	/**
	 * Loads the model first on a thread whose context class loader sees none of the
	 * application's jars, as a worker of the common pool in the packaged console, and
	 * says whether it embedded.
	 */
	public static void main(String[] args) throws InterruptedException {
		Thread worker = new Thread(() -> {
			byte[][] vectors = SentenceEmbeddings.embed(List.of("The council approved the contract."));
			System.out.println("embedded " + vectors[0].length);
		});
		worker.setContextClassLoader(ClassLoader.getPlatformClassLoader());
		worker.start();
		worker.join();
	}

	@Test
	void theModelLoadsOnAThreadThatCannotSeeTheApplicationsJars() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(
				List.of(java, "-cp", System.getProperty("java.class.path"), SentenceEmbeddingsTests.class.getName()))
			.redirectErrorStream(true)
			.start();
		String output = new String(child.getInputStream().readAllBytes());
		assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(output).contains("embedded " + SentenceEmbeddings.DIMENSIONS);
	}

	@Test
	void aSentenceLongerThanTheModelsWindowIsEmbeddedByItsBeginning() {
		String longSentence = "word ".repeat(2_000) + "end.";
		long cut = SentenceEmbeddings.cut();
		byte[][] vectors = SentenceEmbeddings.embed(List.of(longSentence));
		assertThat(vectors[0]).hasSize(SentenceEmbeddings.DIMENSIONS);
		assertThat(SentenceEmbeddings.cut()).isEqualTo(cut + 1);
	}

}
