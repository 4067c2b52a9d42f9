package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Reads events with a rule layer over OpenNLP sentences: trigger phrases ({@link TriggerLexicon}) bound to
 * actors and places by clause structure ({@link ArgumentBinder}), filtered by modality
 * ({@link ModalityClassifier}), dated by the nearest time phrase of the sentence ({@link DateResolver}) or,
 * without one, by the anchor day with week precision. One event per actor and place of a trigger, then one
 * per (type, actor, place, date) per document. Thread-safe; never throws on any input.
 */
public final class RuleBasedEventExtractor implements EventExtractor {

    private static final double BASE_CONFIDENCE = 0.85;
    private static final double REPORTED_FACTOR = 0.75;
    private static final double CONTEXTUAL_ACTOR_FACTOR = 0.9;
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\\s+(?:(?:\\w+ly|not|already|also|then|now|just)\\s+){0,2}$");
    private static final Pattern BY_AFTER = Pattern.compile("(?i)^\\s+by\\b");

    private final FactionCatalog factions;
    private final SentenceSplitter splitter;
    private final DateResolver dates;
    private final TriggerLexicon lexicon = new TriggerLexicon();
    private final ModalityClassifier modality = new ModalityClassifier();
    private final ArgumentBinder binder = new ArgumentBinder();
    private final EventDeduplicator deduplicator = new EventDeduplicator();

    public RuleBasedEventExtractor(FactionCatalog factions, SentenceSplitter splitter, DateResolver dates) {
        this.factions = factions;
        this.splitter = splitter;
        this.dates = dates;
    }

    /** An extractor with the factions shipped in the jar. */
    public static RuleBasedEventExtractor withDefaults() {
        return new RuleBasedEventExtractor(FactionCatalog.fromClasspath(), new SentenceSplitter(), new DateResolver());
    }

    @Override
    public List<ConflictEvent> extract(String text, LocalDate published, List<ResolvedMention> mentions) {
        if (text == null || text.isEmpty() || published == null) {
            return List.of();
        }
        try {
            return extractChecked(text, published, mentions == null ? List.of() : mentions);
        } catch (RuntimeException e) {
            // a malformed input must not stop a batch; the article simply yields no events
            return List.of();
        }
    }

    private List<ConflictEvent> extractChecked(String text, LocalDate published, List<ResolvedMention> mentions) {
        List<FactionMention> factionMentions = factions.mentions(text);
        List<ResolvedMention> places = mentions.stream()
                .filter(ArgumentBinder::usablePlace)
                .filter(m -> factionMentions.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end()))
                .sorted(Comparator.comparingInt(ResolvedMention::start))
                .toList();
        DatedSections sections = new DatedSections(text, published, dates);
        List<ConflictEvent> events = new ArrayList<>();
        List<Boolean> defaultDated = new ArrayList<>();
        FactionMention previousSubject = null;
        for (Sentence s : splitter.split(text)) {
            List<FactionMention> inSentence = factionMentions.stream().filter(f -> f.start() >= s.start() && f.end() <= s.end()).toList();
            List<ResolvedMention> placesIn = places.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end()).toList();
            List<ResolvedMention> prior = places.stream().filter(p -> p.end() <= s.start()).toList();
            SentenceView view = new SentenceView(text, s, inSentence, placesIn, previousSubject, prior);
            LocalDate anchor = sections.anchorAt(s.start());
            List<TemporalExpression> times = dates.find(text, s.start(), s.end(), anchor);
            readSentence(view, times, anchor, events, defaultDated);
            if (!inSentence.isEmpty()) {
                previousSubject = inSentence.get(0);
            }
        }
        return deduplicator.deduplicate(events, defaultDated);
    }

    private void readSentence(SentenceView view, List<TemporalExpression> times, LocalDate anchor,
                              List<ConflictEvent> events, List<Boolean> defaultDated) {
        Sentence s = view.sentence();
        List<ResolvedMention> sentencePlaces = new ArrayList<>();
        List<Pending> placeless = new ArrayList<>();
        List<ConflictEvent> found = new ArrayList<>();
        List<Boolean> foundDefault = new ArrayList<>();
        for (TriggerLexicon.TriggerMatch match : lexicon.find(view.text(), s.start(), s.end())) {
            Modality mode = modality.classify(s.text(), match.start() - s.start(), match.end() - s.start());
            if (mode == Modality.IRREALIS) {
                continue;
            }
            EventTrigger trigger = match.trigger();
            boolean passive = !trigger.nominal() && (PASSIVE_BEFORE.matcher(view.between(s.start(), match.start())).find()
                    || BY_AFTER.matcher(view.between(match.end(), s.end())).find());
            Arguments args = binder.bind(view, match, passive ? trigger.passive() : trigger.active());
            TemporalExpression time = nearest(times, match);
            EventDate date = time == null ? new EventDate(anchor, DatePrecision.WEEK) : time.date();
            double confidence = BASE_CONFIDENCE * args.confidence() * (mode == Modality.REPORTED ? REPORTED_FACTOR : 1.0);
            if (args.actors().isEmpty()) {
                continue;
            }
            if (args.places().isEmpty()) {
                if (trigger.type() == EventType.WITHDRAWAL) {
                    placeless.add(new Pending(match, args, date, time == null, confidence));
                }
                continue;
            }
            sentencePlaces.addAll(args.places());
            addEvents(view, trigger.type(), args, args.places(), date, time == null, confidence, found, foundDefault);
        }
        for (Pending p : placeless) {
            // "Mosul fell as the army fled": a withdrawal without its own place left the place of this sentence's events
            List<ResolvedMention> distinct = sentencePlaces.stream().distinct().toList();
            if (!distinct.isEmpty()) {
                addEvents(view, EventType.WITHDRAWAL, p.args(), distinct.subList(0, 1), p.date(), p.defaultDate(),
                        p.confidence() * 0.8, found, foundDefault);
            }
        }
        events.addAll(found);
        defaultDated.addAll(foundDefault);
    }

    private void addEvents(SentenceView view, EventType type, Arguments args, List<ResolvedMention> places, EventDate date,
                           boolean defaultDate, double confidence, List<ConflictEvent> out, List<Boolean> outDefault) {
        Sentence s = view.sentence();
        Evidence evidence = new Evidence(s.start(), s.end(), s.text());
        ResolvedMention origin = args.origins().isEmpty() ? null : args.origins().get(0);
        for (FactionMention actor : args.actors()) {
            double c = confidence * (actor.contextual() ? CONTEXTUAL_ACTOR_FACTOR : 1.0);
            for (ResolvedMention place : places) {
                String target = actor.factionId().equals(args.target()) ? null : args.target();
                out.add(new ConflictEvent(type, actor.factionId(), target, place, origin, date, round(c), evidence));
                outDefault.add(defaultDate);
            }
        }
    }

    private static TemporalExpression nearest(List<TemporalExpression> times, TriggerLexicon.TriggerMatch match) {
        TemporalExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TemporalExpression t : times) {
            int distance = t.end() <= match.start() ? match.start() - t.end() : Math.max(0, t.start() - match.end());
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static double round(double c) {
        return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100.0;
    }

    private record Pending(TriggerLexicon.TriggerMatch match, Arguments args, EventDate date, boolean defaultDate,
                           double confidence) {
    }
}
