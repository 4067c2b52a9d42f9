package org.conflictmap.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.Place;

/**
 * Finds the holder named inside compound control phrases that the faction catalog does not see on its own:
 * "ISIS-held" (a name glued to "-held"), "militant-controlled", "in government hands", "under rebel control",
 * "held by the government", and a government named by its seat ("the government in Baghdad", "the
 * Baghdad government"), or an acronym placed in a town ("the KRG in Irbil").
 * The words before the compound are read as the catalog would read them in this article, trying the word
 * as written, its plural and the word plus "forces" ("government" reads like "government forces": the
 * faction the article's context gives that generic phrase). Nothing is resolved that the catalog does not
 * name. One instance per article; not thread-safe.
 */
final class HolderPhraseReader {

    private static final Pattern COMPOUND = Pattern.compile(
            "((?:[\\p{L}\\p{N}.'’]+\\s+){0,4}[\\p{L}\\p{N}.'’]+)\\s*-\\s*(?:held|controlled|occupied|run|ruled|dominated)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern FRAME = Pattern.compile(
            "(?i)\\b(?:in|into|under|from)\\s+(?:the\\s+)?(?:full\\s+|firm\\s+|complete\\s+|total\\s+|effective\\s+)?"
                    + "((?:[\\p{L}.'’-]+\\s+){0,3}?[\\p{L}.'’-]+?)(?:['’]s?)?\\s+(?:hands|control|rule|occupation)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AGENT = Pattern.compile(
            "(?i)\\b(?:held|controlled|occupied|run|ruled|defended|guarded)\\s+by\\s+(?:the\\s+)?(\\p{L}[\\p{L}-]*)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** "the government in Baghdad", "the regime based in Damascus": a government named by its seat. */
    private static final Pattern SEAT_AFTER = Pattern.compile(
            "(?i)\\b(government|regime|administration|authorities)\\s+(?:(?:based|seated)\\s+)?in\\s+(?-i:\\p{Lu})",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** "the KRG in Irbil": an acronym the catalog knows only with "forces" after it, placed in a town. */
    private static final Pattern ACRONYM_IN = Pattern.compile(
            "\\b(\\p{Lu}{2,6})\\s+(?:(?:based|seated|headquartered)\\s+)?in\\s+\\p{Lu}", Pattern.UNICODE_CHARACTER_CLASS);
    /** "the Baghdad government", "the Damascus regime". */
    private static final Pattern SEAT_BEFORE = Pattern.compile(
            "\\b[Tt]he\\s+\\p{Lu}[\\p{L}'’-]+\\s+(government|regime|administration|authorities)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final List<String> SUFFIXES = List.of("", "s", " forces");

    private final FactionCatalog catalog;
    private final String text;
    private final List<Place> places;
    private final Map<String, Optional<Resolved>> cache = new HashMap<>();

    /** @param places the article's places, which point generic holders to their government as in {@link FactionCatalog#mentions(String, List)} */
    HolderPhraseReader(FactionCatalog catalog, String text, List<Place> places) {
        this.catalog = catalog;
        this.text = text;
        this.places = List.copyOf(places);
    }

    private record Resolved(int offsetInPhrase, int length, String factionId, boolean contextual) {
    }

    /** Faction mentions for the holders of compound phrases in {@code text[from, to)}. */
    List<FactionMention> find(int from, int to) {
        List<FactionMention> found = new ArrayList<>();
        String region = text.substring(from, to);
        for (Pattern p : List.of(COMPOUND, FRAME, AGENT, SEAT_AFTER, SEAT_BEFORE, ACRONYM_IN)) {
            Matcher m = p.matcher(region);
            while (m.find()) {
                resolveEnding(m.group(1)).ifPresent(r -> {
                    int start = from + m.start(1) + r.offsetInPhrase();
                    found.add(new FactionMention(start, start + r.length(), r.factionId(), false, r.contextual()));
                });
            }
        }
        return found;
    }

    /** The longest faction name that ends the phrase. */
    private Optional<Resolved> resolveEnding(String phrase) {
        return cache.computeIfAbsent(phrase, this::resolve);
    }

    private Optional<Resolved> resolve(String phrase) {
        for (String suffix : SUFFIXES) {
            String probe = phrase + suffix;
            int base = text.length() + 2;
            List<FactionMention> mentions = catalog.mentions(text + "\n\n" + probe, places);
            for (FactionMention f : mentions) {
                // the name may take in the added word ("militant" + "s") or stand before it ("IS" + " forces")
                int phraseEnd = base + phrase.length();
                if (f.start() >= base && f.start() < phraseEnd && (f.end() == base + probe.length() || f.end() == phraseEnd)) {
                    return Optional.of(new Resolved(f.start() - base, Math.min(f.end(), phraseEnd) - f.start(), f.factionId(), f.contextual()));
                }
            }
        }
        return Optional.empty();
    }
}
