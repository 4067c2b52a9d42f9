package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Reads control claims sentence by sentence with the constructions of {@link ClaimConstructions}, matched
 * over a {@link MaskedSentence} whose slots are the catalog's faction mentions, the holders of compound
 * phrases ({@link HolderPhraseReader}), the resolved towns, and "the city" for the town named last.
 * <p>
 * A statement that is negated, hypothetical, conditional, future or a question gives no claim
 * ({@link ModalityClassifier}); reported speech lowers the confidence; anything marked as former ("the
 * former ISIS stronghold") or undone in the same sentence ("retook", "liberated") gives none. Dating: a
 * present-tense statement speaks of the anchor day (publication, or the post's date line) with day
 * precision; a past-tense one needs a time phrase in the sentence; a noun phrase ("ISIS-held Mosul") takes
 * the sentence's time phrase, else the anchor with week precision; a past capture in a relative clause is
 * still held at the anchor week. Phrases with "since" date the start, not the statement, and are skipped.
 * Countries, regions and provinces are never claimed: a text rarely means all of one. One claim per
 * faction, place and day, the most confident. Thread-safe; never throws.
 */
public final class RuleBasedClaimExtractor implements ControlClaimExtractor {

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
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:[\\w,]+\\s+){0,2}$");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:until|till|before|after|from|by)\\s+(?:[\\w,]+\\s+){0,2}$");
    /** A past state with a bound or a length is over: "was under X rule for three years", "until July". */
    private static final Pattern FINISHED = Pattern.compile("(?i)\\b(?:until|till|for\\s+(?:more\\s+than\\s+|nearly\\s+|almost\\s+|about\\s+|over\\s+)?"
            + "(?:[\\w-]+\\s+)?(?:years?|months?|weeks?))\\b");
    private static final Pattern DENIAL = Pattern.compile("(?i)\\b(?:den(?:y|ies|ied|ying)|refut\\w+|reject\\w*|dismiss\\w*|disput\\w*"
            + "|unclear|unconfirmed|uncertain|doubt\\w*|false|rumou?r\\w*)\\b");
    private static final Pattern UNVERIFIED = Pattern.compile("(?i)\\b(?:unverified|(?:not|n['’]t)\\s+(?:be\\s+)?(?:independently\\s+)?(?:verif|confirm)\\w*)");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|according\\s+to|reportedly|reported"
            + "|claim(?:s|ed)?|alleged(?:ly)?|purportedly|apparently|sources|believed|quoted|announced|stated)\\b");
    private static final Pattern PRESENT_PERFECT = Pattern.compile("(?i)\\b(?:has|have)\\s");
    private static final Pattern PLUPERFECT = Pattern.compile("(?i)\\bhad\\s");
    private static final double UNDATED_PAST_FACTOR = 0.8;
    private static final Pattern ANAPHOR = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,3}?(?:city|town)\\b(?!\\s+of\\b|['’-])");
    private static final int ANAPHOR_REACH = 1500;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:()–—]|\\s-\\s|,\\s+(?:which|who|when|while|after|before|as|but)\\b");

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
            return List.of();
        }
    }

    private List<ControlClaim> extractChecked(String original, LocalDate published, List<ResolvedMention> mentions) {
        String text = SPACES.matcher(original).replaceAll(" ");
        List<FactionMention> named = factions.mentions(text);
        List<ResolvedMention> places = mentions.stream()
                .filter(m -> m.place().kind() == PlaceKind.CITY || m.place().kind() == PlaceKind.FEATURE)
                .filter(m -> m.end() <= text.length())
                .filter(m -> named.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end()))
                .sorted(Comparator.comparingInt(ResolvedMention::start))
                .toList();
        HolderPhraseReader holders = new HolderPhraseReader(factions, text);
        DatedSections sections = new DatedSections(text, published, dates);
        Map<String, ControlClaim> best = new LinkedHashMap<>();
        FactionMention previousSubject = null;
        for (Sentence s : splitter.split(text)) {
            List<FactionMention> inSentence = named.stream().filter(f -> f.start() >= s.start() && f.end() <= s.end()).toList();
            List<MaskedSentence.Slot> slots = new ArrayList<>();
            // a compound holder ("Islamic State group-held") is longer than the catalog's match inside it and goes first
            holders.find(s.start(), s.end()).forEach(f -> slots.add(new MaskedSentence.Slot(f.start(), f.end(), f, null, false)));
            inSentence.forEach(f -> slots.add(new MaskedSentence.Slot(f.start(), f.end(), f, null, false)));
            places.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end())
                    .forEach(p -> slots.add(new MaskedSentence.Slot(p.start(), p.end(), null, p, false)));
            anaphors(text, s, places).forEach(slots::add);
            MaskedSentence masked = MaskedSentence.of(text, s.start(), s.end(), slots);
            LocalDate anchor = sections.anchorAt(s.start());
            Evidence evidence = new Evidence(s.start(), s.end(), original.substring(s.start(), s.end()));
            for (ControlClaim c : read(text, s, masked, anchor, previousSubject, evidence)) {
                String key = c.faction() + "|" + c.placeId() + "|" + c.date();
                ControlClaim kept = best.get(key);
                if (kept == null || kept.confidence() < c.confidence()) {
                    best.put(key, c);
                }
            }
            if (!inSentence.isEmpty()) {
                previousSubject = inSentence.get(0);
            }
        }
        return List.copyOf(best.values());
    }

    private List<ControlClaim> read(String text, Sentence s, MaskedSentence masked, LocalDate anchor,
                                    FactionMention previousSubject, Evidence evidence) {
        List<ControlClaim> claims = new ArrayList<>();
        String sentence = text.substring(s.start(), s.end());
        List<TemporalExpression> times = dates.find(text, s.start(), s.end(), anchor);
        for (ClaimConstruction c : constructions) {
            Matcher m = c.pattern().matcher(masked.masked());
            while (m.find()) {
                int matchStart = masked.toArticle(m.start());
                if (FORMER.matcher(masked.masked().substring(0, m.start())).find()
                        || FORMER_WORD.matcher(m.group()).find()) {
                    continue;
                }
                double confidence = c.confidence();
                if (group(m, "t") != null) {
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
                if (c.timing() != ClaimConstruction.Timing.STATE && undone) {
                    continue;
                }
                List<EventDate> claimDates = dates(c, m, matchStart, text, s, times, anchor, undone);
                if (claimDates.isEmpty()) {
                    continue;
                }
                List<FactionMention> holders = holders(m, masked, previousSubject);
                if (holders.isEmpty()) {
                    continue;
                }
                if (group(m, "pron") != null) {
                    confidence *= PRONOUN_FACTOR;
                }
                for (MaskedSentence.Slot place : masked.slotsIn(m.start("p"), m.end("p"))) {
                    if (place.place() == null) {
                        continue;
                    }
                    for (FactionMention f : holders) {
                        double conf = confidence * (f.contextual() ? CONTEXTUAL_FACTOR : 1.0) * (place.anaphoric() ? ANAPHORIC_FACTOR : 1.0);
                        for (EventDate date : claimDates) {
                            boolean undatedPast = c.timing() == ClaimConstruction.Timing.STATE && date.precision() == DatePrecision.WEEK
                                    && date.date().equals(anchor);
                            claims.add(new ControlClaim(0, 0, anchor, place.place().place(), f.factionId(), date.date(),
                                    date.precision(), round(conf * (undatedPast ? UNDATED_PAST_FACTOR : 1.0)), evidence));
                        }
                    }
                }
            }
        }
        return claims;
    }

    /**
     * The days a match speaks of: see the class comment. A "since" phrase adds the day the holding began;
     * when the sentence also undoes the holding ("in ISIS hands since June, was retaken on Tuesday") only
     * that day is left.
     */
    private static List<EventDate> dates(ClaimConstruction c, Matcher m, int at, String text, Sentence s, List<TemporalExpression> times,
                                         LocalDate anchor, boolean undone) {
        boolean pastVerb = group(m, "pastv") != null && !PRESENT_PERFECT.matcher(m.group()).find();
        boolean past = pastVerb || (group(m, "past") != null || group(m, "past2") != null) && !PRESENT_PERFECT.matcher(m.group()).find();
        boolean pluperfect = past && PLUPERFECT.matcher(m.group()).find();
        List<TemporalExpression> usable = new ArrayList<>();
        List<EventDate> since = new ArrayList<>();
        for (TemporalExpression t : times) {
            String before = text.substring(Math.max(s.start(), t.start() - 12), t.start());
            String own = text.substring(t.start(), t.end());
            if (SINCE.matcher(before).find() || own.regionMatches(true, 0, "since", 0, 5)) {
                since.add(t.date());
            } else if (!BOUND_BEFORE.matcher(before).find() && !own.matches("(?is)^(?:until|till|by|from)\\b.*")) {
                usable.add(t);
            }
        }
        List<EventDate> out = new ArrayList<>();
        if (undone || c.timing() == ClaimConstruction.Timing.STATE && past) {
            if (!undone) {
                EventDate when = nearest(usable, at);
                if (when != null) {
                    out.add(when);
                } else if (!pluperfect && !pastVerb && since.isEmpty()
                        && !FINISHED.matcher(text.substring(s.start(), s.end())).find()) {
                    // the narrative past of a report speaks of the days just before it
                    out.add(new EventDate(anchor, DatePrecision.WEEK));
                }
            }
            out.addAll(since);
            return out;
        }
        switch (c.timing()) {
            case STATE -> out.add(new EventDate(anchor, DatePrecision.DAY));
            case ATTRIBUTIVE -> {
                // a noun phrase takes a time phrase of its own clause only: "jets struck ISIS-held Ramadi in 2015"
                List<TemporalExpression> sameClause = usable.stream().filter(t -> sameClause(text, t, at)).toList();
                out.add(sameClause.isEmpty() ? new EventDate(anchor, DatePrecision.WEEK) : nearest(sameClause, at));
            }
            case RESULT -> out.add(new EventDate(anchor, DatePrecision.WEEK));
        }
        out.addAll(since);
        return out;
    }

    private static boolean sameClause(String text, TemporalExpression t, int at) {
        String between = t.end() <= at ? text.substring(t.end(), at) : text.substring(at, t.start());
        return between.length() <= 80 && !CLAUSE_BREAK.matcher(between).find();
    }

    private static EventDate nearest(List<TemporalExpression> times, int offset) {
        TemporalExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TemporalExpression t : times) {
            int d = t.end() <= offset ? offset - t.end() : t.start() - offset;
            if (Math.abs(d) < bestDistance) {
                best = t;
                bestDistance = Math.abs(d);
            }
        }
        return best == null ? null : best.date();
    }

    private static List<FactionMention> holders(Matcher m, MaskedSentence masked, FactionMention previousSubject) {
        for (String g : List.of("f", "f2")) {
            if (group(m, g) != null) {
                return masked.slotsIn(m.start(g), m.end(g)).stream().map(MaskedSentence.Slot::faction)
                        .filter(java.util.Objects::nonNull).distinct().toList();
            }
        }
        if (group(m, "pron") != null) {
            List<MaskedSentence.Slot> before = masked.factionsBefore(m.start("pron"));
            if (!before.isEmpty()) {
                return List.of(before.get(0).faction());
            }
            return previousSubject == null ? List.of() : List.of(previousSubject);
        }
        return List.of();
    }

    /**
     * "the city" standing for a town named before: the town the article has named most often up to here
     * (a report's "the city" is its subject), the first named of those on a tie.
     */
    private static List<MaskedSentence.Slot> anaphors(String text, Sentence s, List<ResolvedMention> places) {
        List<MaskedSentence.Slot> found = new ArrayList<>();
        Matcher m = ANAPHOR.matcher(text.substring(s.start(), s.end()));
        while (m.find()) {
            int at = s.start() + m.start();
            List<ResolvedMention> before = places.stream().filter(p -> p.end() <= at && p.place().kind() == PlaceKind.CITY).toList();
            Map<String, Integer> counts = new LinkedHashMap<>();
            before.forEach(p -> counts.merge(p.place().id(), 1, Integer::sum));
            ResolvedMention chosen = null;
            for (ResolvedMention p : before) {
                boolean inReach = before.stream().anyMatch(q -> q.place().id().equals(p.place().id()) && at - q.end() < ANAPHOR_REACH);
                if (inReach && (chosen == null || counts.get(p.place().id()) > counts.get(chosen.place().id()))) {
                    chosen = p;
                }
            }
            if (chosen != null) {
                found.add(new MaskedSentence.Slot(at, s.start() + m.end(), null, chosen, true));
            }
        }
        return found;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double round(double c) {
        return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100.0;
    }
}
