package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.conflictmap.territory.ControlSource.Role;

/**
 * Walks the facts of one place in date order and cuts control into runs. Same-day facts apply losses
 * first, then holdings, then gains, each in rising confidence, so the most confident gain of a day
 * holds the place from that day on (of equally sure gains told by one article, the first told); a
 * faction that both gains and loses the place on one day gained it first ("took part in the capture of
 * the centre, then withdrew"). A gain by another faction (allies included) starts a new run; a holding
 * by the controller or an ally confirms the current run; a loss ends the loser's run, or, when the loser
 * was not the known controller, back-fills its control for at most the look-back window and never
 * before the day after the latest earlier fact. A loss by a faction that advanced on or attacked the
 * place within the look-back window is a repulse: it neither back-fills nor changes the holder. A
 * holder's loss hands the place to another faction that held part of it during that holding (a
 * foothold), else to the non-allied faction that pressed it most (inferred); without either control is
 * unknown until the next gain or holding. A partial capture holds a place nobody is known to hold,
 * confirms a holding of its faction or an ally, takes over a holding that was only claimed on weaker
 * evidence, and otherwise (a captured place) only contests it. A retake back-fills the retaking faction
 * before the enemy capture it undoes (of allies retaking together, the place's own government first).
 * With a staleness limit, a run ends that many days after its last supporting fact.
 */final class ControlSequencer {

    private final FactionAlignment alignment;
    private final ControlOptions options;

    ControlSequencer(FactionAlignment alignment, ControlOptions options) {
        this.alignment = alignment;
        this.options = options;
    }

    /** @param government the faction governing the place, or null */
    List<ControlRun> sequence(List<ControlFact> facts, String government) {
        List<ControlRun> runs = new ArrayList<>();
        ControlRun current = null;
        LocalDate floor = LocalDate.MIN;
        List<ControlFact> pressures = facts.stream().filter(f -> f.role() == Role.PRESSED).toList();
        Set<String> gainedOn = new HashSet<>();
        facts.stream().filter(f -> f.role() == Role.GAINED).forEach(f -> gainedOn.add(f.faction() + "|" + f.date()));
        Comparator<ControlFact> order = Comparator.comparing(ControlFact::date)
                .thenComparingInt(f -> rank(f, gainedOn))
                .thenComparingDouble(ControlFact::confidence)
                .thenComparingLong(f -> f.lead().articleId())
                // within one article the first told is applied last and holds: "Kurdish and Iraqi forces retook X"
                .thenComparing(Comparator.comparingLong((ControlFact f) -> f.lead().id()).reversed());
        for (ControlFact fact : facts.stream().filter(f -> f.role() != Role.PRESSED || f.partial()).sorted(order).toList()) {
            if (fact.role() == Role.LOST) {
                current = lose(fact, current, floor, runs, pressures);
                floor = current == null ? fact.date() : floor;
                continue;
            }
            if (fact.partial() && current != null && !holds(current, fact)
                    && (current.derivation == Derivation.STATED || current.strongest() >= fact.confidence())) {
                // a foothold in a place someone took, or holds on stronger evidence, only contests it (see ContestOverlay)
                continue;
            }
            if (current != null && holds(current, fact)) {
                current.support(fact);
            } else {
                if (current != null) {
                    current.until = fact.date();
                }
                current = new ControlRun(fact, fact.role() == Role.GAINED ? Derivation.STATED : Derivation.CLAIMED);
                runs.add(current);
            }
            floor = fact.date().plusDays(1);
        }
        backfillRetakes(facts, runs, government);
        runs.removeIf(run -> run.until != null && !run.until.isAfter(run.since));
        runs.sort(Comparator.comparing((ControlRun run) -> run.since));
        if (options.staleDays() > 0) {
            runs.forEach(this::applyStaleness);
        }
        return runs;
    }

    private boolean holds(ControlRun current, ControlFact fact) {
        return current.controller.equals(fact.faction())
                || ((fact.role() == Role.HELD || fact.partial()) && alignment.allied(current.controller, fact.faction()));
    }

    /**
     * A retake by F says F held the place before the enemy capture it undoes: when the run it ends (or
     * contests) began with a stated capture by a non-ally and nothing is known just before that capture,
     * F is back-filled up to the capture, for at most the look-back window and never before the day
     * after the latest earlier fact.
     */
    private void backfillRetakes(List<ControlFact> facts, List<ControlRun> runs, String government) {
        List<ControlFact> retakes = facts.stream().filter(ControlFact::retake)
                .sorted(JointOperationMerger.leadOrder(government)).toList();
        for (ControlFact retake : retakes) {
            if (retakes.stream().anyMatch(other -> other != retake && other.confidence() == retake.confidence()
                    && other.date().equals(retake.date()) && !alignment.allied(other.faction(), retake.faction()))) {
                // two rival factions "retook" it together: the text does not say which one held it before
                continue;
            }
            LocalDate dayBefore = retake.date().minusDays(1);
            ControlRun undone = runs.stream().filter(r -> r.covers(dayBefore)).findFirst().orElse(null);
            if (undone == null || undone.derivation != Derivation.STATED || alignment.allied(undone.controller, retake.faction())
                    || runs.stream().anyMatch(r -> r.covers(undone.since.minusDays(1)))) {
                continue;
            }
            LocalDate start = undone.since.minusDays(options.lookBackDays());
            for (ControlFact earlier : facts) {
                if (earlier.role() != Role.PRESSED && earlier.date().isBefore(undone.since) && !earlier.date().plusDays(1).isBefore(start)) {
                    start = earlier.date().plusDays(1);
                }
            }
            for (ControlRun run : runs) {
                if (run.until != null && !run.until.isAfter(undone.since) && run.until.isAfter(start)) {
                    start = run.until;
                }
            }
            if (start.isBefore(undone.since)) {
                runs.add(new ControlRun(retake, start, undone.since));
            }
        }
    }

    private ControlRun lose(ControlFact loss, ControlRun current, LocalDate floor, List<ControlRun> runs,
                            List<ControlFact> pressures) {
        if (current != null && current.controller.equals(loss.faction())) {
            current.support(loss);
            current.until = loss.date();
            return successor(loss, current, pressures, runs);
        }
        if (current != null && alignment.allied(current.controller, loss.faction())) {
            current.support(loss);
            return current;
        }
        LocalDate start = loss.date().minusDays(options.lookBackDays());
        start = start.isBefore(floor) ? floor : start;
        if (attackedWithin(loss, options.lookBackDays(), pressures)) {
            if (current != null) {
                current.support(loss);
            }
            return current;
        }
        if (!start.isBefore(loss.date())) {
            runs.stream().filter(r -> r.controller.equals(loss.faction()) && loss.date().equals(r.until))
                    .findFirst().ifPresent(r -> r.sources.addAll(loss.support()));
            return current;
        }
        if (current != null) {
            current.until = start;
        }
        runs.add(new ControlRun(loss, start));
        return null;
    }

    /**
     * A holder that leaves a place others held part of, or pressed, while it held it leaves it to them: a
     * faction with a foothold in it during the ended run (allies included), else the non-allied faction that
     * advanced on or attacked it; the one with the most such facts (then the latest, then the most
     * confident) holds it from the loss on, as {@link Derivation#INFERRED}. Without either control becomes
     * unknown.
     */
    private ControlRun successor(ControlFact loss, ControlRun ended, List<ControlFact> pressures, List<ControlRun> runs) {
        Map<String, List<ControlFact>> footholds = new HashMap<>();
        Map<String, List<ControlFact>> pressing = new HashMap<>();
        for (ControlFact p : pressures) {
            if (p.faction().equals(loss.faction()) || p.date().isBefore(ended.since) || p.date().isAfter(loss.date())) {
                continue;
            }
            if (p.partial()) {
                footholds.computeIfAbsent(p.faction(), k -> new ArrayList<>()).add(p);
            } else if (!alignment.allied(p.faction(), loss.faction())) {
                pressing.computeIfAbsent(p.faction(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<ControlFact>> byFaction = footholds.isEmpty() ? pressing : footholds;
        Comparator<List<ControlFact>> strongest = Comparator.<List<ControlFact>>comparingInt(List::size)
                .thenComparing(list -> list.stream().map(ControlFact::date).max(LocalDate::compareTo).orElseThrow())
                .thenComparingDouble(list -> list.stream().mapToDouble(ControlFact::confidence).max().orElse(0));
        return byFaction.values().stream().max(strongest).map(pressed -> {
            List<ControlSource> sources = new ArrayList<>(loss.support());
            pressed.forEach(p -> sources.addAll(p.support()));
            ControlRun run = new ControlRun(pressed.get(0).faction(), loss.date(), loss.precision(), Derivation.INFERRED, sources);
            runs.add(run);
            return run;
        }).orElse(null);
    }

    /** A faction that advanced on or attacked the place shortly before pulling out was attacking, not holding it. */
    private static boolean attackedWithin(ControlFact loss, int days, List<ControlFact> pressures) {
        LocalDate start = loss.date().minusDays(days);
        return pressures.stream().anyMatch(p -> p.faction().equals(loss.faction())
                && !p.date().isBefore(start) && !p.date().isAfter(loss.date()));
    }

    private void applyStaleness(ControlRun run) {
        LocalDate stale = run.lastSupport.plusDays(options.staleDays());
        if (run.until == null || run.until.isAfter(stale)) {
            run.until = stale;
        }
    }

    private static int rank(ControlFact fact, Set<String> gainedOn) {
        return switch (fact.role()) {
            case LOST -> gainedOn.contains(fact.faction() + "|" + fact.date()) ? 3 : 0;
            case HELD -> 1;
            case GAINED -> 2;
            case PRESSED -> 4;
        };
    }
}
