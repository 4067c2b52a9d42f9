package org.conflictmap.geoparsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Odd input never breaks the geoparser or makes it hang (the timeouts guard against hangs, not speed). */
class HostileInputTests {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private final Geoparser geoparser = FixtureGeoparser.get();

    @Test
    void returnsNothingForEmptyOrNullText() {
        assertThat(geoparser.parse("")).isEmpty();
        assertThat(geoparser.parse(null)).isEmpty();
        assertThat(geoparser.parse("   \n\t ")).isEmpty();
    }

    @Test
    void handlesAMegabyteOfOneWord() {
        String text = "Mosul ".repeat(180_000);
        List<ResolvedMention> found = assertTimeoutPreemptively(HANG_GUARD, () -> geoparser.parse(text));
        assertThat(found).hasSize(180_000);
        assertThat(found.get(0).surface()).isEqualTo("Mosul");
    }

    @Test
    void handlesAMegabyteWithoutSpaces() {
        String text = "a".repeat(1_000_000);
        assertThat(assertTimeoutPreemptively(HANG_GUARD, () -> geoparser.parse(text))).isEmpty();
    }

    @Test
    void survivesBinaryJunk() {
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x10000));
        }
        String text = junk.toString();
        List<ResolvedMention> found = assertTimeoutPreemptively(HANG_GUARD, () -> geoparser.parse(text));
        for (ResolvedMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
    }

    @Test
    void findsLatinNamesInMixedArabicAndLatinText() {
        String text = "قال مسؤول في بغداد: the army reached Mosul. الموصل Baghdad";
        assertThat(geoparser.parse(text)).extracting(ResolvedMention::surface).containsExactly("Mosul", "Baghdad");
    }
}
