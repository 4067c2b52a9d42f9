package org.conflictmap.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences with OpenNLP's English sentence model (UD EWT, shipped in
 * {@code opennlp-models-sentdetect-en}). Line breaks always end a sentence first, because news pages put
 * headlines, date lines and captions on lines of their own without final punctuation. Offsets refer to
 * the original text. Thread-safe: the model is shared, a detector is made per call.
 */
public final class SentenceSplitter {

    static final String MODEL_RESOURCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?U)(?:^|[\\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Brig|Col|Lt|Maj|Capt|Sgt|Adm|Mr|Mrs|Ms|Dr|St|No|Gov"
                    + "|Sen|Rep|Prof|Rev|U\\.S|U\\.N|U\\.K|Mt|Ft|vs)\\.$");

    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " not on the classpath");
            }
            this.model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-blank sentences of the text, in order. */
    public List<Sentence> split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    int s = lineStart + span.getStart();
                    int e = lineStart + span.getEnd();
                    while (s < e && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                        e--;
                    }
                    if (e <= s) {
                        continue;
                    }
                    Sentence last = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
                    if (last != null && last.end() > lineStart && ABBREVIATION_END.matcher(last.text()).find()) {
                        // the model split after "Oct." or "Gen.": the sentence goes on
                        sentences.set(sentences.size() - 1, new Sentence(last.start(), e, text.substring(last.start(), e)));
                    } else {
                        sentences.add(new Sentence(s, e, text.substring(s, e)));
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }
}
