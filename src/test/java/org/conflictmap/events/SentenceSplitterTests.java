package org.conflictmap.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTests {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsOffsetsIntoTheOriginalText() {
        String text = "Headline without a full stop\n\nThe army left the base. Rebels moved in on Monday.";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Headline without a full stop", "The army left the base.", "Rebels moved in on Monday.");
        assertThat(sentences).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void doesNotEndASentenceAtAnAbbreviation() {
        String text = "The push stalled on Tuesday Oct. 17, officers said. Gen. Karim denied it.";
        assertThat(splitter.split(text)).extracting(Sentence::text)
                .containsExactly("The push stalled on Tuesday Oct. 17, officers said.", "Gen. Karim denied it.");
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(splitter.split(" \n\n ")).isEmpty();
    }
}
