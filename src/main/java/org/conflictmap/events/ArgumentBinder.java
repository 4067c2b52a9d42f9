package org.conflictmap.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Binds an event trigger to its actor, place and origin through the sentence's structure: the clause
 * subject before the trigger and the object after it, with the roles swapped in the passive voice and
 * for "fell to"; coordinated names ("Tikrit and Baiji", "the army and the Peshmerga") are all kept,
 * appositions ("Ramadi, the capital of Anbar Province") and backers ("supported by the Peshmerga") are
 * not. Fallbacks (a pronoun subject, "the city" for the last city named, a relative "where") lower the
 * confidence. Thread-safe.
 */
final class ArgumentBinder {

    private static final int MAX_OBJECT_GAP = 70;
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "(?i)[;:(]|\\s[—–-]{1,2}\\s|—|,\\s+(?:but|while|whereas|although|though|as|after|before|when|since|because|and|or)\\b"
                    + "|^\\s*(?:but|while|as|after|before|when|since)\\b|\\b(?:that|which|who|where|after|before|while|when|because|although|whereas|until|since|once|unless)\\b"
                    + "|\\b(?:said|says|say|reported|added|claimed|announced|confirmed)\\b");
    private static final Pattern OBJECT_STOP = Pattern.compile(
            "(?i)[;:(]|\\s[—–]\\s|—|,\\s+(?:but|while|whereas|although|though|as|when|since|because|which|who|(?!including\\b)\\w+ing)\\b");
    private static final Pattern PRONOUN_FIRST = Pattern.compile("(?i)^\\s*(?:(?:and|but|then|also|later|so|,)\\s+)*(?:he|she|they|it)\\b");
    private static final Pattern PLACE_IN_MODIFIER = Pattern.compile(
            "(?i)\\b(?:between|near|outside|around|from|toward|towards|beyond|behind|(?:north|south|east|west)\\s+of)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$");
    static final Pattern COORDINATION = Pattern.compile(
            "(?i)^\\s*(?:,|,?\\s*and|,?\\s*or|,?\\s*as\\s+well\\s+as|,?\\s*along\\s+with|,?\\s*together\\s+with|,?\\s*alongside|,?\\s*plus|&)"
                    + "\\s*(?:(?:the|its|their)\\s+)?(?:(?:[\\w'’-]+\\s+){0,2}(?:city|town|village|province|governorate|district|area|cities|towns"
                    + "|villages|provinces|region)\\s+of\\s+)?$");
    private static final Pattern ROUTE_TO = Pattern.compile("(?i)\\b(?:road|roads|highway|route|routes|way|path|corridor|supply\\s+lines?)\\s+(?:to|toward|towards|between|into|from)\\b");
    private static final Pattern NON_PLACE_OBJECT = Pattern.compile("(?i)\\b(?:government|power|parliament|ministry|office|politics|election)\\b");
    private static final Pattern APPOSITION = Pattern.compile(
            "(?i)^\\s*,?\\s*(?:(?:a|an|the|its|their)\\s+)?(?:[\\w'’-]+\\s+){0,5}(?:of|in|near|outside|north|south|east|west)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$"
                    + "|(?i)^\\s*(?:outside|near|north\\s+of|south\\s+of|east\\s+of|west\\s+of|in)\\s+(?:the\\s+)?$");
    private static final Pattern RELATIVE_LOCATION = Pattern.compile(
            "(?i)\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|outside|miles|kilomet(?:re|er)s|km)"
                    + "\\s+(?:of|from)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$"
                    // "the village of al-Houd outside Mosul": the town is only the landmark of a place the gazetteer lacks
                    + "|\\b(?:outside|near|close\\s+to)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$");
    private static final Pattern UNRESOLVED_ARMED_SUBJECT = Pattern.compile(
            "(?i)\\b(?:troops|forces|soldiers|fighters|militants|units|militias?|militiamen|army|police|rebels|gunmen|guards"
                    + "|insurgents|jihadists|brigades?|battalions?|divisions?|tanks|jets|aircraft|warplanes)\\b");
    private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)\\b(?:he|she|his|her)\\b");
    private static final Pattern GROUP_PRONOUN = Pattern.compile("(?i)\\b(?:they|it|its|their|them|these|those)\\b");
    private static final Pattern ANAPHORIC_PLACE = Pattern.compile(
            "(?i)^\\s*(?:[\\w'’-]+\\s+){0,4}?(?:the|its)\\s+(city|town|village|dam|base|airbase|air\\s+base|airport|refinery|camp|bridge|mountain|mountains|province|district)\\b"
                    + "|^\\s*(?:[\\w'’-]+\\s+){0,4}?(?:the\\s+)?(city|town)['’]s\\b");
    /** "the town" as the trigger's own object, right after it. */
    private static final Pattern DIRECT_ANAPHOR = Pattern.compile("(?i)^\\s*(?:(?:back|over|control\\s+of|out\\s+of|from)\\s+)?(?:the|its)\\s+(?:city|town|village)\\b(?!['’])");
    private static final Pattern FRONTED_LOCATIVE = Pattern.compile("(?i)^\\W*(?:in|at|near|around|outside|inside)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?$");
    private static final Pattern ORIGIN_PREPOSITION = Pattern.compile("(?i)\\bfrom\\s+(?:(?:the|their|its|his)\\s+)?(?:[\\w'’,-]+\\s+){0,8}$");

    private final ActorFinder actorFinder = new ActorFinder();

    /**
     * @param view  the sentence
     * @param match the trigger
     * @param binding how to bind it
     * @param limit where the trigger's object zone must end at the latest (the next trigger, or the sentence end)
     */
    Arguments bind(SentenceView view, TriggerLexicon.TriggerMatch match, Binding binding, int limit) {
        return switch (binding) {
            case SUBJECT_ACTS -> subjectActs(view, match, limit);
            case SUBJECT_IS_PLACE -> subjectIsPlace(view, match, limit);
            case OBJECT_ACTS -> objectActs(view, match, limit);
            case PLACE_THEN_AGENT -> placeThenAgent(view, match, limit);
            case PLACE_BEFORE_NOUN -> placeBeforeNoun(view, match);
        };
    }

    private Arguments placeBeforeNoun(SentenceView view, TriggerLexicon.TriggerMatch match) {
        List<ResolvedMention> places = view.places().stream()
                .filter(p -> p.end() <= match.start() && view.between(p.end(), match.start()).matches("(?:['’]s)?\\s{1,2}"))
                .toList();
        if (places.isEmpty()) {
            return new Arguments(List.of(), List.of(), List.of(), null, 1.0);
        }
        ResolvedMention place = places.get(0);
        int clauseStart = clauseStart(view, place.start());
        List<FactionMention> actors = actorFinder.actorsBefore(view, clauseStart, place.start());
        if (actors.isEmpty()) {
            actors = actorFinder.factionsAfter(view, match.end(),
                    "(?i)^[\\s,]*(?:[\\w'’-]+\\s+){0,6}?by\\s+(?:the\\s+)?(?:[\\w'’.,-]+\\s+){0,3}$");
        }
        return new Arguments(actors, List.of(place), List.of(), null, 0.85);
    }

    private Arguments placeThenAgent(SentenceView view, TriggerLexicon.TriggerMatch match, int limit) {
        int zoneEnd = Math.min(limit, objectZoneEnd(view, match.end()));
        List<ResolvedMention> places = chainAfter(view, match.end(), zoneEnd, null).stream()
                .filter(p -> p.start() - match.end() <= 20).toList();
        if (places.isEmpty()) {
            return new Arguments(List.of(), List.of(), List.of(), null, 1.0);
        }
        int after = places.get(places.size() - 1).end();
        List<FactionMention> actors = actorFinder.firstFactionAfter(view, after,
                "(?i)^\\s*(?:(?:in|on)\\s+[\\w\\s,.]{0,25}?)?(?:to|into\\s+the\\s+hands\\s+of)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$");
        return new Arguments(actors, places, List.of(), null, 0.9);
    }

    private Arguments subjectActs(SentenceView view, TriggerLexicon.TriggerMatch match, int limit) {
        double confidence = 1.0;
        int clauseStart = clauseStart(view, match.start());
        List<FactionMention> actors = actorFinder.actorsBefore(view, clauseStart, match.start());
        String subject = view.between(clauseStart, match.start());
        boolean pronounSubject = PRONOUN_FIRST.matcher(subject).find();
        if (actors.isEmpty() && pronounSubject && PERSON_PRONOUN.matcher(subject).find() && view.lastPerson() != null) {
            actors = List.of(view.lastPerson());
            confidence *= 0.8;
        }
        if (actors.isEmpty() && !UNRESOLVED_ARMED_SUBJECT.matcher(subject).find()) {
            // a clause without a subject of its own ("..., which seized", "the militias that captured") takes the
            // actor before it; one whose own armed subject is unknown ("after rebel troops fled") does not
            actors = actorFinder.actorsBefore(view, view.sentence().start(), match.start());
            confidence *= 0.85;
        }
        if (actors.isEmpty() && view.previousSubject() != null && pronounSubject && GROUP_PRONOUN.matcher(subject).find()) {
            actors = List.of(view.previousSubject());
            confidence *= 0.8;
        }
        if (actors.isEmpty() && match.trigger().nominal()) {
            actors = actorFinder.firstFactionAfter(view, match.end(), "(?i)^\\s*(?:[\\w'’-]+\\s+){0,6}?by\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$");
        }
        List<ResolvedMention> places = new ArrayList<>();
        List<ResolvedMention> origins = new ArrayList<>();
        EventType type = match.trigger().type();
        int zoneEnd = Math.min(limit, objectZoneEnd(view, match.end()));
        List<ResolvedMention> object = chainAfter(view, match.end(), zoneEnd, type);
        if (match.trigger().nominal() && !object.isEmpty()) {
            String gap = view.between(match.end(), object.get(0).start());
            if (gap.length() > 45 || NON_PLACE_OBJECT.matcher(gap).find()) {
                object = List.of();
            }
        }
        Matcher direct = DIRECT_ANAPHOR.matcher(view.between(match.end(), zoneEnd));
        if (!object.isEmpty() && direct.find() && match.end() + direct.end() <= object.get(0).start()
                && view.between(match.end() + direct.end(), object.get(0).start()).contains(",")) {
            // "took over the town, officials said, a day after Baghdad ...": the object is the town named before
            object = List.of();
        }
        for (ResolvedMention p : object) {
            if (type == EventType.WITHDRAWAL && List.of("to", "into", "toward", "towards").contains(headPreposition(view, match.end(), p))) {
                // "fled to Tal Afar": the place they went to is not the place they left
                continue;
            }
            if (type == EventType.ADVANCE && headPreposition(view, match.end(), p).equals("from")) {
                // "advanced on the city from the Khazer front": the front is where they came from
                origins.add(p);
                continue;
            }
            if (type == EventType.DEPLOYMENT && ORIGIN_PREPOSITION.matcher(view.between(match.end(), p.start())).find()
                    && headPreposition(view, match.end(), p).equals("from")) {
                origins.add(p);
            } else {
                places.add(p);
            }
        }
        if (actors.isEmpty() && type == EventType.DEPLOYMENT && !places.isEmpty()) {
            // "Iran deployed Revolutionary Guards to Aleppo": the forces sent are named as the object
            int firstPlace = places.get(0).start();
            actors = view.factions().stream().filter(f -> f.start() >= match.end() && f.end() <= firstPlace).limit(1).toList();
        }
        if (places.isEmpty() && type == EventType.DEPLOYMENT && !origins.isEmpty()) {
            places.addAll(destinationsAfter(view, origins.get(origins.size() - 1).end(), zoneEnd));
        }
        if (places.isEmpty()) {
            ResolvedMention fallback = fallbackPlace(view, match, clauseStart);
            if (fallback != null) {
                places.add(fallback);
                confidence *= 0.7;
            }
        }
        return new Arguments(actors, places, origins, actorFinder.targetAfter(view, match.end(), zoneEnd, actors), confidence);
    }

    private Arguments subjectIsPlace(SentenceView view, TriggerLexicon.TriggerMatch match, int limit) {
        double confidence = 1.0;
        int clauseStart = clauseStart(view, match.start());
        List<ResolvedMention> places = chainAfter(view, clauseStart, match.start(), null).stream()
                .filter(p -> !PLACE_IN_MODIFIER.matcher(view.between(Math.max(clauseStart, p.start() - 40), p.start())).find())
                .toList();
        if (places.isEmpty() && !PRONOUN_FIRST.matcher(view.between(clauseStart, match.start())).find()) {
            // "Mosul, which fell to ...": the relative clause's subject is the place before it; "it fell" is not resolved
            places = chainAfter(view, view.sentence().start(), match.start(), null);
            confidence *= 0.85;
        }
        int zoneEnd = Math.min(limit, objectZoneEnd(view, match.end()));
        if (places.isEmpty()) {
            places = chainAfter(view, match.end(), zoneEnd, null);
            confidence *= 0.9;
        }
        List<FactionMention> actors = actorFinder.firstFactionAfter(view, match.end(),
                "(?i)^\\s*(?:\\w+\\s+){0,3}?(?:by|to|into|under|of)\\s+(?:(?:the|some|fighters|hands|militants|forces|control|of)\\s+){0,6}(?:[\\w'’-]+\\s+){0,3}$");
        if (actors.isEmpty()) {
            return new Arguments(List.of(), places, List.of(), null, confidence);
        }
        return new Arguments(actors, places, List.of(), null, confidence);
    }

    private Arguments objectActs(SentenceView view, TriggerLexicon.TriggerMatch match, int limit) {
        List<FactionMention> actors = view.factions().stream()
                .filter(f -> f.start() >= match.start() && f.start() < match.end() + 40).limit(1).toList();
        int after = actors.isEmpty() ? match.end() : Math.max(match.end(), actors.get(0).end());
        List<ResolvedMention> places = chainAfter(view, after, Math.max(after, Math.min(limit, objectZoneEnd(view, after))),
                EventType.WITHDRAWAL);
        // whoever drives a faction out of a place takes it
        List<FactionMention> takers = actorFinder.actorsBefore(view, clauseStart(view, match.start()), match.start()).stream()
                .filter(t -> actors.stream().noneMatch(a -> a.factionId().equals(t.factionId()))).toList();
        return new Arguments(actors, places, List.of(), null, 1.0, takers);
    }

    private int clauseStart(SentenceView view, int triggerStart) {
        String before = view.between(view.sentence().start(), triggerStart);
        Matcher m = CLAUSE_BOUNDARY.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return view.sentence().start() + start;
    }

    private int objectZoneEnd(SentenceView view, int from) {
        Matcher m = OBJECT_STOP.matcher(view.between(from, view.sentence().end()));
        return m.find() ? from + m.start() : view.sentence().end();
    }

    /** The first usable place in [from, to) and the places coordinated with it, skipping appositions. */
    private List<ResolvedMention> chainAfter(SentenceView view, int from, int to, EventType type) {
        List<ResolvedMention> inZone = view.places().stream().filter(p -> p.start() >= from && p.end() <= to).toList();
        List<ResolvedMention> chain = new ArrayList<>();
        ResolvedMention last = null;
        for (ResolvedMention p : inZone) {
            String gap = view.between(last == null ? from : last.end(), p.start());
            if (last == null) {
                if (p.start() - from > MAX_OBJECT_GAP) {
                    break;
                }
                if ((type == EventType.CAPTURE || type == EventType.WITHDRAWAL)
                        && (RELATIVE_LOCATION.matcher(view.between(from, p.start())).find()
                        || ROUTE_TO.matcher(view.between(from, p.start())).find())) {
                    continue;
                }
                chain.add(p);
                last = p;
            } else if (COORDINATION.matcher(gap).find()) {
                chain.add(p);
                last = p;
            } else if (APPOSITION.matcher(gap).find()) {
                last = p;
            } else {
                break;
            }
        }
        return chain;
    }

    private List<ResolvedMention> destinationsAfter(SentenceView view, int from, int to) {
        return view.places().stream()
                .filter(p -> p.start() >= from && p.end() <= to)
                .filter(p -> view.between(from, p.start()).matches("(?is).*\\b(?:to|into|in|at|toward|towards)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}$"))
                .limit(1).toList();
    }

    private String headPreposition(SentenceView view, int from, ResolvedMention place) {
        Matcher m = Pattern.compile("(?i)\\b(from|to|into|in|at|toward|towards|near)\\b").matcher(view.between(from, place.start()));
        String last = "";
        while (m.find()) {
            last = m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        return last;
    }

    private ResolvedMention fallbackPlace(SentenceView view, TriggerLexicon.TriggerMatch match, int clauseStart) {
        String clause = view.between(clauseStart, match.start());
        if (clause.matches("(?is)^\\s*where\\b.*") || view.between(view.sentence().start(), clauseStart).matches("(?is).*,\\s*where\\s*$")) {
            return view.places().stream().filter(p -> p.end() <= clauseStart).reduce((a, b) -> b).orElse(null);
        }
        Matcher anaphor = ANAPHORIC_PLACE.matcher(view.between(match.end(), Math.min(view.sentence().end(), match.end() + 60)));
        if (anaphor.find()) {
            String noun = (anaphor.group(1) != null ? anaphor.group(1) : anaphor.group(2)).toLowerCase(java.util.Locale.ROOT);
            boolean settlement = noun.equals("city") || noun.equals("town") || noun.equals("village");
            // a town or village is not the region's metropolis mentioned beside it
            long sizeLimit = noun.equals("city") ? Long.MAX_VALUE : 500_000;
            // "the dam" is the last place whose name says dam; "the town" the last town or city
            java.util.function.Predicate<ResolvedMention> fits = p -> settlement
                    ? p.place().kind() == PlaceKind.CITY && p.place().population() < sizeLimit
                    : p.surface().toLowerCase(java.util.Locale.ROOT).contains(noun.replace("air base", "airbase"))
                    || p.place().name().toLowerCase(java.util.Locale.ROOT).contains(noun);
            ResolvedMention earlierInSentence = view.places().stream().filter(p -> p.end() <= match.start()).filter(fits)
                    .reduce((a, b) -> b).orElse(null);
            if (earlierInSentence != null) {
                return earlierInSentence;
            }
            return view.priorPlaces().stream()
                    .filter(p -> view.sentence().start() - p.end() < 1500).filter(fits)
                    .reduce((a, b) -> b).orElse(null);
        }
        // "In Mosul, gunmen stormed the consulate": a fronted place frames the whole sentence; a capture or a
        // withdrawal still needs its place as its object
        EventType type = match.trigger().type();
        if (type == EventType.CAPTURE || type == EventType.WITHDRAWAL) {
            return null;
        }
        return view.places().stream()
                .filter(p -> p.end() <= match.start() && view.between(p.end(), match.start()).startsWith(",")
                        && FRONTED_LOCATIVE.matcher(view.between(view.sentence().start(), p.start())).find())
                .findFirst().orElse(null);
    }

    static boolean usablePlace(ResolvedMention m) {
        PlaceKind kind = m.place().kind();
        return kind != PlaceKind.COUNTRY && kind != PlaceKind.REGION;
    }
}
