package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Reads control claims sentence by sentence with the constructions of {@link ClaimConstructions}, matched
 * over a {@link MaskedSentence} whose slots are the catalog's faction mentions, the holders of compound
 * phrases ({@link HolderPhraseReader}), the resolved towns, and "the city" ({@link CityAnaphora}).
 * <p>
 * A statement that is negated, hypothetical, conditional, future or a question gives no claim
 * ({@link ModalityClassifier}); reported speech lowers the confidence; anything marked as former ("the
 * former ISIS stronghold"), denied or unverified gives none, and a noun phrase or past capture in a
 * sentence that undoes the holding ("retook", "liberated") gives none. Dating is {@link ClaimDating}'s.
 * Countries, regions and provinces are never claimed: a text rarely means all of one. A presence or
 * seat ("Iraqi troops in Ramadi", "the government in Baghdad") gives a weak claim, none for a person
 * or in a sentence that tells of a defeat or an exit, and none for a holder known only from the
 * article's context or from a bare "government" or "regime" unless the faction's own context cues name the place. Each holder after the first
 * of a coordination counts a little less. One claim per faction, place and day, the most confident.
 * Thread-safe; never throws.
 */
public final class RuleBasedClaimExtractor implements ControlClaimExtractor {

    private static final Logger log = LoggerFactory.getLogger(RuleBasedClaimExtractor.class);

    private static final double REPORTED_FACTOR = 0.75;
    private static final double CONTEXTUAL_FACTOR = 0.9;
    private static final double ANAPHORIC_FACTOR = 0.8;
    private static final double PRONOUN_FACTOR = 0.75;
    private static final Pattern SPACES = Pattern.compile("[\\u00a0\\u2007\\u2009\\u202f]");
    private static final Pattern FORMER = Pattern.compile(
            "(?i)\\b(?:former(?:ly)?|once|one-time|onetime|erstwhile|ex|previously|until\\s+recently|long-time)\\b[\\s-]*(?:[\\w'’⟦⟧-]+\\s+){0,3}$");
    private static final Pattern FORMER_WORD = Pattern.compile(
            "(?i)\\b(?:former(?:ly)?|once|one-time|onetime|erstwhile|ex|previously|until\\s+recently)\\b");
    private static final Pattern UNDONE = Pattern.compile(
            "(?i)(?<!\\bto\\s)(?<!\\bto\\s(?:\\w{1,12})\\s)\\b(?:retook|retaken|recaptured|liberated|freed|ousted|expelled|drove\\s+out|driven\\s+out"
                    + "|pushed\\s+out|routed|ended|lost|loses|broke|broken|no\\s+longer|used\\s+to|fell\\s+to|falls\\s+to|fallen\\s+to)\\b");
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:den(?:y|ies|ied|ying)|refut\\w+|reject\\w*|dismiss\\w*|disput\\w*"
            + "|unclear|unconfirmed|uncertain|doubt\\w*|false|rumou?r\\w*)\\b");
    private static final Pattern UNVERIFIED = Pattern.compile("(?i)\\b(?:unverified|(?:not|n['’]t)\\s+(?:be\\s+)?(?:independently\\s+)?(?:verif|confirm)\\w*)");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|according\\s+to|reportedly|reported"
            + "|claim(?:s|ed)?|alleged(?:ly)?|purportedly|apparently|sources|believed|quoted|announced|stated)\\b");
    private static final double UNDATED_PAST_FACTOR = 0.8;
    /** Each holder after the first of a coordination ("the army and the militias") counts a little less. */
    private static final double LATER_HOLDER_FACTOR = 0.95;
    /** Presence and seat say where a force is, not that anything changed: any sign of an ending cancels them. */
    private static final Set<String> PRESENCE = Set.of("presence", "seat");
    /** Constructions that say a faction defends a place: a foreign defender defends it for the government it backs there. */
    private static final Set<String> DEFENCE = Set.of("defends", "defended-by", "ready-to-defend", "sent-to-defend", "sends-to-defend",
            "kept-from-falling");
    /** A holding read through a foreign defender rather than said of the holder itself counts a little less. */
    private static final double DEFENDED_FOR_FACTOR = 0.9;
    /** A faction mention in a prepositional phrase or a possessor ("the mobilization of the militias") is no subject for a later pronoun. */
    private static final Pattern OBLIQUE_BEFORE = Pattern.compile("(?i)\\b(?:of|by|with|for|to|from|against|in|on|at|into|towards?|about|between|among|than)\\s+(?:the\\s+)?$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s?\\b");
    private static final Pattern SEAT_WORD = Pattern.compile("(?i)government|regime|administration|authorities");
    private static final Pattern ENDING = Pattern.compile("(?i)\\b(?:defeat\\w*|liberat\\w+|expul\\w+|ouster|ousting|eject\\w*|recaptur\\w+"
            + "|retak\\w+|rout\\w*|collapse\\w*|withdr[ae]w\\w*|fled|flee\\w*|retreat\\w*|evacuat\\w+|overr[au]n\\w*|fall|fell|fallen|victor\\w*|cleared|clearing|freed|freeing|ended|end)\\b");

    private final FactionCatalog factions;
    private final SentenceSplitter splitter;
    private final DateResolver dates;
    private final ModalityClassifier modality = new ModalityClassifier();
    private final List<ClaimConstruction> constructions = ClaimConstructions.all();

    public RuleBasedClaimExtractor(FactionCatalog factions, SentenceSplitter splitter, DateResolver dates) {
        this.factions = factions;
        this.splitter = splitter;
        this.dates = dates;
    }

    /** An extractor with the factions shipped in the jar. */
    public static RuleBasedClaimExtractor withDefaults() {
        return new RuleBasedClaimExtractor(FactionCatalog.fromClasspath(), new SentenceSplitter(), new DateResolver());
    }

    @Override
    public List<ControlClaim> extract(String text, LocalDate published, List<ResolvedMention> mentions) {
        if (text == null || text.isEmpty() || published == null) {
            return List.of();
        }
        try {
            return extractChecked(text, published, mentions == null ? List.of() : mentions);
        } catch (RuntimeException e) {
            // a malformed input must not stop the pipeline; the article simply yields no claims
            log.warn("claims extraction failed on a text of {} characters; it yields none", text.length(), e);
            return List.of();
        }
    }

    private List<ControlClaim> extractChecked(String original, LocalDate published, List<ResolvedMention> mentions) {
        String text = SPACES.matcher(original).replaceAll(" ");
        List<Place> mentioned = mentions.stream().map(ResolvedMention::place).toList();
        List<FactionMention> named = factions.mentions(text, mentioned);
        List<ResolvedMention> places = mentions.stream()
                .filter(m -> m.place().kind() == PlaceKind.CITY || m.place().kind() == PlaceKind.FEATURE)
                .filter(m -> m.end() <= text.length())
                .filter(m -> named.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end()))
                .sorted(Comparator.comparingInt(ResolvedMention::start))
                .toList();
        HolderPhraseReader holders = new HolderPhraseReader(factions, text, mentioned);
        DatedSections sections = new DatedSections(text, published, dates);
        Map<String, ControlClaim> best = new LinkedHashMap<>();
        FactionMention previousSubject = null;
        EventDate narrative = null;
        for (Sentence s : splitter.split(text)) {
            List<FactionMention> inSentence = named.stream().filter(f -> f.start() >= s.start() && f.end() <= s.end()).toList();
            List<MaskedSentence.Slot> slots = new ArrayList<>();
            // a compound holder ("Islamic State group-held") is longer than the catalog's match inside it and goes first
            holders.find(s.start(), s.end()).forEach(f -> slots.add(new MaskedSentence.Slot(f.start(), f.end(), f, null, false)));
            inSentence.forEach(f -> slots.add(new MaskedSentence.Slot(f.start(), f.end(), f, null, false)));
            places.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end())
                    .forEach(p -> slots.add(new MaskedSentence.Slot(p.start(), p.end(), null, p, false)));
            CityAnaphora.find(text, s, places).forEach(slots::add);
            MaskedSentence masked = MaskedSentence.of(text, s.start(), s.end(), slots);
            LocalDate anchor = sections.anchorAt(s.start());
            Evidence evidence = new Evidence(s.start(), s.end(), original.substring(s.start(), s.end()));
            List<TemporalExpression> times = dates.find(text, s.start(), s.end(), anchor);
            for (ControlClaim c : read(text, s, masked, anchor, times, narrative, previousSubject, evidence)) {
                String key = c.faction() + "|" + c.placeId() + "|" + c.date();
                ControlClaim kept = best.get(key);
                if (kept == null || kept.confidence() < c.confidence()) {
                    best.put(key, c);
                }
            }
            previousSubject = inSentence.stream().filter(f -> subjectLike(text, f)).findFirst().orElse(previousSubject);
            for (TemporalExpression t : times) {
                // the story's own days: a background year ("whose bombing in 2006") does not move it
                if (!t.date().date().isAfter(anchor) && !t.date().date().isBefore(anchor.minusDays(DatePrecision.WEEK.toleranceDays()))) {
                    narrative = t.date();
                }
            }
        }
        return List.copyOf(best.values());
    }

    /**
     * @param times     the sentence's time phrases
     * @param narrative the last day of the week before the anchor named in the sentences before, or null: an
     *                  undated narrative past ("by evening the town was back under army control") continues
     *                  the story told then
     */
    private List<ControlClaim> read(String text, Sentence s, MaskedSentence masked, LocalDate anchor, List<TemporalExpression> times,
                                    EventDate narrative, FactionMention previousSubject, Evidence evidence) {
        List<ControlClaim> claims = new ArrayList<>();
        String sentence = text.substring(s.start(), s.end());
        for (ClaimConstruction c : constructions) {
            Matcher m = c.pattern().matcher(masked.masked());
            while (m.find()) {
                int matchStart = masked.toArticle(m.start());
                if (FORMER.matcher(masked.masked().substring(0, m.start())).find()
                        || FORMER_WORD.matcher(m.group()).find()) {
                    continue;
                }
                double confidence = c.confidence();
                if (ClaimConstruction.group(m, "t") != null) {
                    int t = masked.toArticle(m.start("t")) - s.start();
                    int tEnd = masked.toArticle(m.end("t")) - s.start();
                    Modality mode = modality.classify(sentence, t, tEnd, false);
                    if (mode == Modality.IRREALIS) {
                        continue;
                    }
                    if (mode == Modality.REPORTED) {
                        confidence *= REPORTED_FACTOR;
                    }
                } else if (REPORTING.matcher(sentence).find()) {
                    confidence *= REPORTED_FACTOR;
                }
                if (DENIAL.matcher(text.substring(s.start(), matchStart)).find() || UNVERIFIED.matcher(sentence).find()) {
                    // "officials denied that ISIS controls Baiji"
                    continue;
                }
                boolean undone = UNDONE.matcher(sentence).find();
                if (c.timing() != ClaimConstruction.Timing.STATE && undone
                        || PRESENCE.contains(c.name()) && (undone || ENDING.matcher(sentence).find())) {
                    continue;
                }
                List<EventDate> claimDates = ClaimDating.dates(c.timing(), m, matchStart, text, s, times, anchor, undone);
                if (claimDates.isEmpty()) {
                    continue;
                }
                List<FactionMention> holders = holders(m, masked, previousSubject);
                if (holders.isEmpty()) {
                    continue;
                }
                if (ClaimConstruction.group(m, "pron") != null) {
                    confidence *= PRONOUN_FACTOR;
                }
                for (MaskedSentence.Slot place : masked.slotsIn(m.start("p"), m.end("p"))) {
                    if (place.place() == null) {
                        continue;
                    }
                    for (int h = 0; h < holders.size(); h++) {
                        FactionMention f = holders.get(h);
                        if (PRESENCE.contains(c.name()) && (f.person() || (f.contextual() || SEAT_WORD.matcher(text.substring(f.start(), f.end())).matches())
                                && !cuedBy(f, place.place()))) {
                            // "the general in Baghdad" is a visit, not a garrison; "the government in Tehran" is
                            // no government of this article's context unless the faction's own cues name the seat
                            continue;
                        }
                        String holder = DEFENCE.contains(c.name()) ? heldFor(f.factionId(), place.place().place()) : f.factionId();
                        double conf = confidence * (f.contextual() ? CONTEXTUAL_FACTOR : 1.0) * (place.anaphoric() ? ANAPHORIC_FACTOR : 1.0)
                                * Math.pow(LATER_HOLDER_FACTOR, h) * (holder.equals(f.factionId()) ? 1.0 : DEFENDED_FOR_FACTOR);
                        for (EventDate claimDate : claimDates) {
                            boolean undatedPast = c.timing() == ClaimConstruction.Timing.STATE && claimDate.precision() == DatePrecision.WEEK
                                    && claimDate.date().equals(anchor);
                            EventDate date = undatedPast && narrative != null ? narrative : claimDate;
                            claims.add(new ControlClaim(0, 0, anchor, place.place().place(), holder, date.date(),
                                    date.precision(), round(conf * (undatedPast ? UNDATED_PAST_FACTOR : 1.0)), evidence));
                        }
                    }
                }
            }
        }
        return claims;
    }

    private static List<FactionMention> holders(Matcher m, MaskedSentence masked, FactionMention previousSubject) {
        for (String g : List.of("f", "f2")) {
            if (ClaimConstruction.group(m, g) != null) {
                return masked.slotsIn(m.start(g), m.end(g)).stream().map(MaskedSentence.Slot::faction)
                        .filter(java.util.Objects::nonNull).distinct().toList();
            }
        }
        if (ClaimConstruction.group(m, "pron") != null) {
            List<MaskedSentence.Slot> before = masked.factionsBefore(m.start("pron"));
            if (!before.isEmpty()) {
                return List.of(before.get(0).faction());
            }
            return previousSubject == null ? List.of() : List.of(previousSubject);
        }
        return List.of();
    }

    /**
     * Who holds a place that {@code defender} defends: the defender itself, unless it does not govern the
     * place and backs (or shares a group with) the faction that does: Iranian units guarding an Iraqi city
     * guard it for the Iraqi government.
     */
    private String heldFor(String defender, Place place) {
        boolean governsIt = factions.find(defender).map(f -> f.governance(place.countryCode(), place.admin1Code()) > 0).orElse(true);
        if (governsIt) {
            return defender;
        }
        return factions.governmentOf(place.countryCode(), place.admin1Code())
                .filter(government -> factions.allied(defender, government))
                .orElse(defender);
    }

    /** Whether a faction mention can be what a later "they" or "it" stands for: not a prepositional object, not a possessor. */
    private static boolean subjectLike(String text, FactionMention f) {
        String before = text.substring(Math.max(0, f.start() - 16), f.start());
        String after = text.substring(f.end(), Math.min(text.length(), f.end() + 3));
        return !OBLIQUE_BEFORE.matcher(before).find() && !POSSESSIVE_AFTER.matcher(after).find();
    }

    private boolean cuedBy(FactionMention holder, ResolvedMention place) {
        return factions.find(holder.factionId()).stream().flatMap(f -> f.contextCues().stream())
                .anyMatch(cue -> cue.matcher(place.surface()).find() || cue.matcher(place.place().name()).find());
    }

    private static double round(double c) {
        return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100.0;
    }
}
