package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTests {

    @Test
    void ignoresCaseLineWrappingAndCompatibilityCharacters() {
        assertThat(TextFingerprint.of("Troops entered\nthe town.")).isEqualTo(TextFingerprint.of("troops  ENTERED the\u00A0town. "));
        assertThat(TextFingerprint.of("ﬁghters")).isEqualTo(TextFingerprint.of("fighters"));
    }

    @Test
    void tellsDifferentWordsApart() {
        assertThat(TextFingerprint.of("Troops entered the town.")).isNotEqualTo(TextFingerprint.of("Troops left the town."));
    }
}
