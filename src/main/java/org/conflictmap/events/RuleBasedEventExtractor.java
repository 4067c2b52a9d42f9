package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.regex.Matcher;
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

    private static final Logger log = LoggerFactory.getLogger(RuleBasedEventExtractor.class);

    private static final double BASE_CONFIDENCE = 0.85;
    private static final double REPORTED_FACTOR = 0.75;
    private static final double CONTEXTUAL_ACTOR_FACTOR = 0.9;
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\\s+(?:(?:\\w+ly|not|already|also|then|now|just)\\s+){0,2}$");
    private static final Pattern ADJECTIVAL_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|of|these|those|its|their|his|her)\\s+$");
    private static final Pattern FAILED_BEFORE = Pattern.compile(
            "(?i)\\b(?:unsuccessful|failed|foiled|abortive|repelled|thwarted|repulsed|fended\\s+off|beat\\s+back|beaten\\s+back)\\s+(?:[\\w'’-]+\\s+){0,4}$");
    private static final Pattern SUBORDINATE_BREAK = Pattern.compile(
            "(?i),\\s+(?:\\w+ing|when|which|who|after|before|since|while|as|whereas)\\b|[;:]|\\s[—–]\\s");
    private static final Pattern DATELINE_TAIL = Pattern.compile("^(?:,\\s*[\\p{Lu}\\p{L} .]+?)?\\s*(?:\\([\\w .]+\\)\\s*)?[-—–:]");
    private static final Pattern DESTINATION_BEFORE = Pattern.compile("(?i)\\b(?:to|into|toward|towards)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$");
    /** "the village of X outside Tikrit": the town only locates a place the gazetteer lacks. */
    private static final Pattern LANDMARK_BEFORE = Pattern.compile("(?i)\\b(?:outside|near|close\\s+to)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$");
    /** A time phrase right after a reporting verb dates the report, and so bounds what it reports. */
    private static final Pattern REPORTED_ON = Pattern.compile("(?i)\\b(?:said|says|told|announced|reported|stated|confirmed|declared)\\s+(?:\\w+\\s+){0,2}$");
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:that|the\\s+same)\\s+(?:day|night|morning|evening)\\b");
    private static final Pattern SPACES = Pattern.compile("[\\u00a0\\u2007\\u2009\\u202f]");
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
            log.warn("events extraction failed on a text of {} characters; it yields none", text.length(), e);
            return List.of();
        }
    }

    private List<ConflictEvent> extractChecked(String original, LocalDate published, List<ResolvedMention> mentions) {
        // rules read a copy whose odd spaces (no-break, thin) are plain spaces: same length, same offsets
        String text = SPACES.matcher(original).replaceAll(" ");
        List<FactionMention> factionMentions = factions.mentions(text, mentions.stream().map(ResolvedMention::place).toList());
        List<ResolvedMention> places = mentions.stream()
                .filter(ArgumentBinder::usablePlace)
                .filter(m -> !inDateline(text, m))
                .filter(m -> factionMentions.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end()))
                .sorted(Comparator.comparingInt(ResolvedMention::start))
                .toList();
        DatedSections sections = new DatedSections(text, published, dates);
        PlaceDates placeDates = new PlaceDates();
        FollowUpSentences followUps = new FollowUpSentences();
        List<ConflictEvent> events = new ArrayList<>();
        List<Boolean> defaultDated = new ArrayList<>();
        FactionMention previousSubject = null;
        FactionMention lastPerson = null;
        List<TemporalExpression> lastTimes = List.of();
        for (Sentence split : splitter.split(text)) {
            Sentence s = new Sentence(split.start(), split.end(), original.substring(split.start(), split.end()));
            List<FactionMention> inSentence = factionMentions.stream().filter(f -> f.start() >= s.start() && f.end() <= s.end()).toList();
            List<ResolvedMention> placesIn = places.stream().filter(p -> p.start() >= s.start() && p.end() <= s.end()).toList();
            List<ResolvedMention> prior = places.stream().filter(p -> p.end() <= s.start()).toList();
            SentenceView view = new SentenceView(text, s, inSentence, placesIn, previousSubject, lastPerson, prior);
            LocalDate anchor = sections.anchorAt(s.start());
            List<TemporalExpression> times = dates.find(text, s.start(), s.end(), anchor);
            times = sameDayAsBefore(text, s, times, lastTimes);
            if (!times.isEmpty()) {
                lastTimes = times;
            }
            placeDates.learn(view, times);
            int before = events.size();
            readSentence(view, times, anchor, events, defaultDated);
            for (ConflictEvent e : followUps.complete(view, times, new EventDate(anchor, DatePrecision.WEEK),
                    List.copyOf(events.subList(before, events.size())))) {
                events.add(e);
                defaultDated.add(times.isEmpty());
            }
            if (!inSentence.isEmpty()) {
                previousSubject = inSentence.get(0);
            }
            for (FactionMention f : inSentence) {
                if (f.person()) {
                    lastPerson = f;
                }
            }
        }
        for (int i = 0; i < events.size(); i++) {
            ConflictEvent e = events.get(i);
            if (defaultDated.get(i) && placeDates.dateOf(e.place()).isPresent()) {
                events.set(i, new ConflictEvent(e.type(), e.actor(), e.target(), e.place(), e.origin(),
                        placeDates.dateOf(e.place()).get(), e.confidence(), e.evidence()));
                defaultDated.set(i, false);
            }
        }
        return deduplicator.deduplicate(events, defaultDated);
    }

    private void readSentence(SentenceView view, List<TemporalExpression> times, LocalDate anchor,
                              List<ConflictEvent> events, List<Boolean> defaultDated) {
        Sentence s = view.sentence();
        List<ConflictEvent> anchors = new ArrayList<>();
        List<Boolean> anchorsDefault = new ArrayList<>();
        List<Pending> placeless = new ArrayList<>();
        List<ConflictEvent> found = new ArrayList<>();
        List<Boolean> foundDefault = new ArrayList<>();
        // a trigger word inside a place or faction name ("Hit", "Fallujah Operations Command") is part of the name
        List<TriggerLexicon.TriggerMatch> matches = lexicon.find(view.text(), s.start(), s.end()).stream()
                .filter(m -> view.places().stream().noneMatch(p -> p.start() <= m.start() && m.start() < p.end()))
                .filter(m -> view.factions().stream().noneMatch(f -> f.start() <= m.start() && m.start() < f.end()))
                .toList();
        for (int i = 0; i < matches.size(); i++) {
            TriggerLexicon.TriggerMatch match = matches.get(i);
            EventTrigger trigger = match.trigger();
            String before = view.between(s.start(), match.start());
            if (!trigger.nominal() && (ADJECTIVAL_BEFORE.matcher(before).find() || modifiesFaction(view, match))) {
                continue;
            }
            Modality mode = modality.classify(view.between(s.start(), s.end()), match.start() - s.start(), match.end() - s.start(), trigger.nominal());
            if (mode == Modality.IRREALIS) {
                continue;
            }
            boolean passive = !trigger.nominal() && !firstWord(view, match).endsWith("ing")
                    && (PASSIVE_BEFORE.matcher(before).find() || BY_AFTER.matcher(view.between(match.end(), s.end())).find());
            int limit = i + 1 < matches.size() ? matches.get(i + 1).start() : s.end();
            Binding binding = passive ? trigger.passive() : trigger.active();
            if (binding == Binding.OBJECT_ACTS && inSentence(view, match.start(), match.end()).isEmpty()) {
                // "with ISIS driven out of Mosul": no object inside the phrase, so the subject is the one expelled
                binding = Binding.SUBJECT_ACTS;
            }
            Arguments args = binder.bind(view, match, binding, limit);
            EventType type = trigger.type();
            if (type == EventType.ATTACK && trigger.nominal() && FAILED_BEFORE.matcher(before).find()) {
                // "an unsuccessful attack on X" is an attempt on the place, not a strike that landed
                type = EventType.ADVANCE;
            }
            Optional<ElapsedClause> elapsed = ElapsedClause.governing(view.text(), s.start(), match.start());
            TemporalExpression time = nearest(elapsed.map(e -> times.stream().filter(t -> !e.covers(t)).toList()).orElse(times), match, view);
            EventDate ownDate = time == null ? new EventDate(anchor, DatePrecision.WEEK) : time.date();
            EventDate date = elapsed.map(e -> e.from(ownDate)).orElse(ownDate);
            boolean undated = time == null && elapsed.isEmpty();
            double confidence = BASE_CONFIDENCE * args.confidence() * (mode == Modality.REPORTED ? REPORTED_FACTOR : 1.0);
            if (args.actors().isEmpty()) {
                continue;
            }
            if (args.places().isEmpty()) {
                if (type == EventType.WITHDRAWAL) {
                    placeless.add(new Pending(match, args, date, undated, confidence));
                }
                continue;
            }
            int first = found.size();
            addEvents(view, type, args, args.places(), date, undated, confidence, found, foundDefault);
            if (!args.takers().isEmpty()) {
                Arguments taken = new Arguments(args.takers(), args.places(), List.of(), null, args.confidence());
                addEvents(view, EventType.CAPTURE, taken, args.places(), date, undated, confidence * 0.9, found, foundDefault);
            }
            if (found.size() > first) {
                anchors.add(found.get(first));
                anchorsDefault.add(foundDefault.get(first));
            }
        }
        if (anchors.isEmpty() && view.places().size() == 1 && !DESTINATION_BEFORE.matcher(
                view.between(s.start(), view.places().get(0).start())).find() && !LANDMARK_BEFORE.matcher(
                view.between(s.start(), view.places().get(0).start())).find()) {
            // "Officers in Tikrit said the troops had fled": the sentence's only place is where they fled from
            for (Pending p : placeless) {
                addEvents(view, EventType.WITHDRAWAL, p.args(), view.places(), p.date(), p.defaultDate(), p.confidence() * 0.6,
                        found, foundDefault);
            }
            placeless.clear();
        }
        for (Pending p : placeless) {
            // "Mosul fell as the army fled": a withdrawal without a place of its own left the place of the
            // sentence's first event, at the same time
            if (!anchors.isEmpty() && (p.defaultDate() || Math.abs(p.date().date().toEpochDay()
                    - anchors.get(0).date().date().toEpochDay()) <= p.date().precision().toleranceDays() + 7)) {
                ConflictEvent a = anchors.get(0);
                boolean ownDate = !p.defaultDate();
                addEvents(view, EventType.WITHDRAWAL, p.args(), List.of(a.place()), ownDate ? p.date() : a.date(),
                        ownDate ? false : anchorsDefault.get(0), p.confidence() * 0.8, found, foundDefault);
            }
        }
        GappedClauses.extend(view, matches, found, foundDefault);
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

    /** "That day" and "the same day" point to the last time phrase of the sentences before. */
    private static List<TemporalExpression> sameDayAsBefore(String text, Sentence s, List<TemporalExpression> times,
                                                            List<TemporalExpression> before) {
        if (!times.isEmpty() || before.isEmpty()) {
            return times;
        }
        Matcher m = SAME_DAY.matcher(text).region(s.start(), s.end());
        if (!m.find()) {
            return times;
        }
        EventDate date = before.get(before.size() - 1).date();
        return List.of(new TemporalExpression(m.start(), m.end(), date));
    }

    /** "BAGHDAD (Reuters) -" names where the story was filed, not where anything happened. */
    private static boolean inDateline(String text, ResolvedMention m) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        String head = text.substring(lineStart, m.start());
        if (!head.matches("[\\p{Lu}\\p{P}\\s]*") || !m.surface().equals(m.surface().toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        return DATELINE_TAIL.matcher(after).find();
    }

    /** "retreating Islamic State fighters", "advancing Iraqi troops": a participle used as an adjective. */
    private static boolean modifiesFaction(SentenceView view, TriggerLexicon.TriggerMatch match) {
        return view.between(match.start(), match.end()).toLowerCase(java.util.Locale.ROOT).endsWith("ing")
                && !PASSIVE_BEFORE.matcher(view.between(view.sentence().start(), match.start())).find()
                && view.factions().stream().anyMatch(f -> f.start() >= match.end() && view.between(match.end(), f.start()).isBlank());
    }

    private static List<FactionMention> inSentence(SentenceView view, int from, int to) {
        return view.factions().stream().filter(f -> f.start() >= from && f.end() <= to).toList();
    }

    private static String firstWord(SentenceView view, TriggerLexicon.TriggerMatch match) {
        String t = view.between(match.start(), match.end()).toLowerCase(java.util.Locale.ROOT);
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    /** The time phrase closest to the trigger, ignoring phrases after it in a subordinate or participial clause. */
    private static TemporalExpression nearest(List<TemporalExpression> times, TriggerLexicon.TriggerMatch match, SentenceView view) {
        TemporalExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TemporalExpression t : times) {
            if (t.start() >= match.end() && SUBORDINATE_BREAK.matcher(view.between(match.end(), t.start())).find()
                    && !REPORTED_ON.matcher(view.between(Math.max(match.end(), t.start() - 40), t.start())).find()) {
                // a time in a later clause is that clause's, unless it dates the report itself ("..., the army said on Sunday")
                continue;
            }
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
