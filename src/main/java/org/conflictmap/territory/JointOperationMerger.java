package org.conflictmap.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.conflictmap.territory.ControlSource.Role;

/**
 * Folds the facts of one place that belong to the same operation. A loss on the day another, allied
 * faction gained the place is a hand-over inside the operation: it is dropped, and the withdrawing faction
 * cannot lead the operation. Gains by allied factions within the finer of their precision windows become
 * one gain led by the most confident actor (then the place's own government, then the finer date, then
 * the lower id); the others are partners.
 */
final class JointOperationMerger {

    private final FactionAlignment alignment;

    JointOperationMerger(FactionAlignment alignment) {
        this.alignment = alignment;
    }

    /** @param government the faction governing the place, or null */
    List<ControlFact> merge(List<ControlFact> facts, String government) {
        List<ControlFact> gains = facts.stream().filter(f -> f.role() == Role.GAINED).toList();
        List<ControlFact> result = new ArrayList<>();
        List<ControlFact> handovers = new ArrayList<>();
        for (ControlFact fact : facts) {
            if (fact.role() == Role.LOST && handedOver(fact, gains)) {
                handovers.add(fact);
            } else if (fact.role() != Role.GAINED) {
                result.add(fact);
            }
        }
        result.addAll(mergeGains(gains, handovers, leadOrder(government)));
        return result;
    }

    private boolean handedOver(ControlFact loss, List<ControlFact> gains) {
        return gains.stream().anyMatch(g -> g.date().equals(loss.date()) && !g.faction().equals(loss.faction())
                && alignment.allied(g.faction(), loss.faction()));
    }

    /** Most confident first, then the place's own government (it leads its allies at home), finer date, lower id. */
    static Comparator<ControlFact> leadOrder(String government) {
        return Comparator.comparingDouble(ControlFact::confidence).reversed()
                .thenComparing(f -> !f.faction().equals(government))
                .thenComparing(f -> f.precision().toleranceDays())
                .thenComparingLong(f -> f.lead().id());
    }

    private List<ControlFact> mergeGains(List<ControlFact> gains, List<ControlFact> handovers, Comparator<ControlFact> order) {
        List<List<ControlFact>> clusters = new ArrayList<>();
        for (ControlFact gain : gains.stream().sorted(Comparator.comparing(ControlFact::date)).toList()) {
            clusters.stream()
                    .filter(c -> c.stream().allMatch(m -> alignment.allied(m.faction(), gain.faction()) && m.withinWindowOf(gain)))
                    .findFirst()
                    .ifPresentOrElse(c -> c.add(gain), () -> clusters.add(new ArrayList<>(List.of(gain))));
        }
        return clusters.stream().map(c -> lead(c, handovers, order)).toList();
    }

    private ControlFact lead(List<ControlFact> cluster, List<ControlFact> handovers, Comparator<ControlFact> order) {
        List<ControlFact> ordered = cluster.stream().sorted(order).toList();
        List<ControlFact> ownHandovers = handovers.stream()
                .filter(h -> cluster.stream().anyMatch(m -> m.date().equals(h.date()) && !m.faction().equals(h.faction())
                        && alignment.allied(m.faction(), h.faction())))
                .toList();
        ControlFact lead = ordered.stream()
                .filter(f -> ownHandovers.stream().noneMatch(h -> h.faction().equals(f.faction()) && h.date().equals(f.date())))
                .findFirst().orElse(ordered.get(0));
        Set<String> partners = new LinkedHashSet<>();
        List<ControlSource> support = new ArrayList<>(lead.support());
        ownHandovers.forEach(h -> support.addAll(h.support()));
        for (ControlFact member : ordered) {
            if (member != lead) {
                support.addAll(member.support());
                if (!member.faction().equals(lead.faction())) {
                    partners.add(member.faction());
                }
            }
        }
        return new ControlFact(lead.lead(), List.copyOf(partners), support,
                cluster.stream().anyMatch(ControlFact::retake), lead.partial());
    }
}
