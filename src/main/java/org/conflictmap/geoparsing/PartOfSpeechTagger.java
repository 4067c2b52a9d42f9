package org.conflictmap.geoparsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags (Universal Dependencies tag set) from the OpenNLP English model shipped in
 * the {@code opennlp-models-pos-en} jar. The model is loaded once; each call makes its own tagger,
 * so one instance is safe to share between threads. Recognition only asks it about the few words
 * whose capital letter says nothing (a common word opening a sentence), which keeps it off the hot path.
 */
public final class PartOfSpeechTagger {

    /** Resource name of the model inside the opennlp-models-pos-en 1.3.0 jar. */
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final POSModel model;

    private PartOfSpeechTagger(POSModel model) {
        this.model = model;
    }

    /** Loads the English model from the classpath. */
    public static PartOfSpeechTagger english() {
        try (InputStream in = PartOfSpeechTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IOException("OpenNLP POS model not on the classpath: " + MODEL_RESOURCE);
            }
            return new PartOfSpeechTagger(new POSModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One tag per word ("PROPN", "NOUN", "VERB", ...). */
    public String[] tag(String[] words) {
        return new POSTaggerME(model).tag(words);
    }
}
