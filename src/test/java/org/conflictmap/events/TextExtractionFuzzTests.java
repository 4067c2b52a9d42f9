package org.conflictmap.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.conflictmap.gazetteer.FixtureGazetteer;
import org.conflictmap.geoparsing.DictionaryMentionExtractor;
import org.conflictmap.geoparsing.EnglishLexicon;
import org.conflictmap.geoparsing.PartOfSpeechTagger;
import org.conflictmap.geoparsing.ResolvedMention;
import org.conflictmap.geoparsing.disambiguation.MultiPassResolver;
import org.slf4j.LoggerFactory;

/**
 * Fuzzes the text pipeline on arbitrary text: mention extraction and resolution over the fixture
 * gazetteer (called directly, without the geoparser's safety net), then the event and control-claim
 * extractors. Properties: nothing throws, the extractors do not swallow a failure either (they log
 * one as a warning, which this test watches for), every offset lies inside the text and points at the
 * surface or evidence it claims, and each input finishes within {@link #BUDGET_NANOS}. Input bytes
 * are UTF-8, or UTF-16BE after a leading NUL byte. Seeds under
 * {@code src/test/resources/org/conflictmap/events/TextExtractionFuzzTestsInputs/}.
 */
class TextExtractionFuzzTests {

    static final long BUDGET_NANOS = 20_000_000_000L;
    private static final LocalDate PUBLISHED = LocalDate.of(2015, 6, 11);

    private static final DictionaryMentionExtractor MENTIONS = new DictionaryMentionExtractor(FixtureGazetteer.get(),
            EnglishLexicon.load(null), PartOfSpeechTagger.english());
    private static final MultiPassResolver RESOLVER = MultiPassResolver.standard();
    private static final RuleBasedEventExtractor EVENTS = RuleBasedEventExtractor.withDefaults();
    private static final RuleBasedClaimExtractor CLAIMS = RuleBasedClaimExtractor.withDefaults();
    private static final ListAppender<ILoggingEvent> WARNINGS = watchWarnings();

    static {
        // load models and rules (seconds) before any input is timed
        String warmUp = "On Tuesday ISIS seized Mosul. Troops were sent from Baghdad to Tikrit.";
        List<ResolvedMention> mentions = RESOLVER.resolve(warmUp, MENTIONS.extract(warmUp));
        EVENTS.extract(warmUp, PUBLISHED, mentions);
        CLAIMS.extract(warmUp, PUBLISHED, mentions);
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"Mosul", "Baghdad", "Tikrit", " fell to ", " captured ", " seized ", " retook ",
        " withdrew from ", " advanced on ", " sent ", " from ", " to ", "ISIS", "Islamic State", "Iraqi army",
        "Peshmerga", " on Tuesday", " last week", " in June 2014", ". ", ",", " the ", " of ", " by ",
        " held by ", " controlled ", " near ", "al-", "\u00a0", "\u2019"})
    void extractionNeverFailsAndKeepsOffsetsInsideTheText(byte[] input) {
        String text = text(input);
        WARNINGS.list.clear();
        long start = System.nanoTime();
        List<ResolvedMention> mentions = RESOLVER.resolve(text, MENTIONS.extract(text));
        for (ResolvedMention m : mentions) {
            assertSpan(text, m.start(), m.end(), m.surface());
        }
        for (ConflictEvent e : EVENTS.extract(text, PUBLISHED, mentions)) {
            assertSpan(text, e.evidence().start(), e.evidence().end(), e.evidence().text());
            assertSpan(text, e.place().start(), e.place().end(), e.place().surface());
            if (e.origin() != null) {
                assertSpan(text, e.origin().start(), e.origin().end(), e.origin().surface());
            }
            assertThat(e.confidence()).isBetween(0.0, 1.0);
        }
        for (ControlClaim c : CLAIMS.extract(text, PUBLISHED, mentions)) {
            assertSpan(text, c.evidence().start(), c.evidence().end(), c.evidence().text());
            assertThat(c.confidence()).isBetween(0.0, 1.0);
        }
        for (ILoggingEvent warning : WARNINGS.list) {
            Throwable cause = warning.getThrowableProxy() instanceof ThrowableProxy proxy ? proxy.getThrowable() : null;
            throw new AssertionError("an extractor swallowed a failure: " + warning.getFormattedMessage(), cause);
        }
        assertThat(System.nanoTime() - start).as("time taken").isLessThan(BUDGET_NANOS);
    }

    private static void assertSpan(String text, int start, int end, String claimed) {
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(start, end)).isEqualTo(claimed);
    }

    /** UTF-8, or UTF-16BE after a leading NUL byte (so unpaired surrogates can occur). */
    private static String text(byte[] input) {
        if (input.length > 0 && input[0] == 0) {
            return StandardCharsets.UTF_16BE.decode(ByteBuffer.wrap(input, 1, input.length - 1)).toString();
        }
        return new String(input, StandardCharsets.UTF_8);
    }

    private static ListAppender<ILoggingEvent> watchWarnings() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        for (Class<?> extractor : List.of(RuleBasedEventExtractor.class, RuleBasedClaimExtractor.class)) {
            Logger logger = (Logger) LoggerFactory.getLogger(extractor);
            logger.setLevel(Level.WARN);
            logger.addAppender(appender);
        }
        return appender;
    }
}
