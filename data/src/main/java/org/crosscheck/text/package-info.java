/**
 * Language tools every feature uses: sentence boundaries (an Apache OpenNLP model), words
 * with their keys and light stems ({@link org.crosscheck.text.Tokenizer},
 * {@link org.crosscheck.text.Lexicon}), the word lists, calendar words and what sentences
 * mean ({@link org.crosscheck.text.SentenceEmbeddings}).
 */
package org.crosscheck.text;
