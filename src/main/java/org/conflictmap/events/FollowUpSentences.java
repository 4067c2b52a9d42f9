package org.conflictmap.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Sentences that complete an earlier one instead of stating an event of their own:
 * <ul>
 * <li>participation: "The army, the police and the PMF took part in the assault." repeats the last capture or
 * advance of the sentences just before for each faction named;</li>
 * <li>claims: "A car bomb exploded in Karrada. ISIS said it carried out the attack." attributes the blast to
 * the faction that claims it.</li>
 * </ul>
 * One instance per article; not thread-safe.
 */
final class FollowUpSentences {

    private static final Pattern PARTICIPATION = Pattern.compile(
            "(?i)\\b(?:took|take|takes|taking)\\s+part\\b|\\bparticipat(?:ed|ing|es)\\b|\\bwere\\s+involved\\b|\\bjoined\\s+(?:the|in)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:that|which|who|whom)\\b");
    private static final Pattern BLAST = Pattern.compile(
            "(?i)\\b(?:blew\\s+up|exploded|explosion|blast|bombing|car\\s+bomb|truck\\s+bomb|suicide\\s+(?:bomber|attack|bombing)|detonated)\\b");
    private static final Pattern CLAIM = Pattern.compile(
            "(?i)\\b(?:claimed\\s+(?:responsibility|the\\s+(?:attack|bombing|blast))|said\\s+it\\s+(?:had\\s+)?(?:carried\\s+out|was\\s+behind|staged)"
                    + "|took\\s+responsibility)\\b");

    private final ActorFinder actors = new ActorFinder();
    private final ModalityClassifier modalities = new ModalityClassifier();
    private List<ConflictEvent> recent = List.of();
    private Blast blast;

    /** Events a sentence adds by completing the sentences before it; call once per sentence, in order. */
    List<ConflictEvent> complete(SentenceView view, List<TemporalExpression> times, EventDate defaultDate,
                                 List<ConflictEvent> ownEvents) {
        List<ConflictEvent> added = new ArrayList<>();
        String text = view.between(view.sentence().start(), view.sentence().end());
        Evidence evidence = new Evidence(view.sentence().start(), view.sentence().end(), view.sentence().text());
        Matcher part = PARTICIPATION.matcher(text);
        if (part.find() && modalities.classify(text, part.start(), part.end(), false) != Modality.IRREALIS) {
            int verb = view.sentence().start() + part.start();
            ConflictEvent model = recent.stream().filter(e -> e.type() == EventType.CAPTURE).reduce((a, b) -> b)
                    .or(() -> recent.stream().filter(e -> e.type() == EventType.ADVANCE).reduce((a, b) -> b)).orElse(null);
            List<FactionMention> participants = actors.actorsBefore(view, view.sentence().start(), verb);
            // "the units that took part": the participants are not named in this sentence
            boolean relative = !participants.isEmpty() && RELATIVE.matcher(
                    view.between(participants.get(participants.size() - 1).end(), verb)).find();
            if (model != null && !relative) {
                for (FactionMention f : participants) {
                    if (!f.factionId().equals(model.actor())) {
                        added.add(new ConflictEvent(model.type(), f.factionId(), null, model.place(), null, model.date(),
                                Math.round(model.confidence() * 80) / 100.0, evidence));
                    }
                }
            }
        }
        Matcher claim = CLAIM.matcher(text);
        if (blast != null && claim.find() && modalities.classify(text, claim.start(), claim.end(), false) != Modality.IRREALIS) {
            int verb = view.sentence().start() + claim.start();
            for (FactionMention f : actors.actorsBefore(view, view.sentence().start(), verb)) {
                added.add(new ConflictEvent(EventType.ATTACK, f.factionId(), null, blast.place(), null, blast.date(), 0.6, evidence));
            }
            blast = null;
        } else if (ownEvents.isEmpty() && !view.places().isEmpty() && BLAST.matcher(text).find()) {
            ResolvedMention place = view.places().get(view.places().size() - 1);
            blast = new Blast(place, times.isEmpty() ? defaultDate : times.get(0).date());
        }
        if (!ownEvents.isEmpty() || !added.isEmpty()) {
            List<ConflictEvent> now = new ArrayList<>(ownEvents);
            now.addAll(added);
            recent = now;
        }
        return added;
    }

    private record Blast(ResolvedMention place, EventDate date) {
    }
}
