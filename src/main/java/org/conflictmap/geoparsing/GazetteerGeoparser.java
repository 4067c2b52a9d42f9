package org.conflictmap.geoparsing;

import java.util.List;

import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.geoparsing.disambiguation.MultiPassResolver;

/**
 * The geoparser: {@link DictionaryMentionExtractor} recognition followed by
 * {@link MultiPassResolver} resolution against one in-memory {@link Gazetteer}. Thread-safe; never
 * throws on any input string (a failure inside yields no mentions for that text rather than an error,
 * since one odd article must not stop a batch).
 */
public final class GazetteerGeoparser implements Geoparser {

    private static final System.Logger LOG = System.getLogger(GazetteerGeoparser.class.getName());

    private final MentionExtractor extractor;
    private final MultiPassResolver resolver;

    public GazetteerGeoparser(MentionExtractor extractor, MultiPassResolver resolver) {
        this.extractor = extractor;
        this.resolver = resolver;
    }

    /** The standard set-up over a gazetteer, with the English lexicon and part-of-speech model. */
    public static GazetteerGeoparser standard(Gazetteer gazetteer, EnglishLexicon lexicon) {
        return new GazetteerGeoparser(
                new DictionaryMentionExtractor(gazetteer, lexicon, PartOfSpeechTagger.english()),
                MultiPassResolver.standard());
    }

    @Override
    public List<ResolvedMention> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return resolver.resolve(text, extractor.extract(text));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(System.Logger.Level.WARNING, "geoparsing failed on a text of " + text.length() + " characters", e);
            return List.of();
        }
    }
}
