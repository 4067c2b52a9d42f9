package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.Evidence;
import org.conflictmap.territory.ControlSource.Role;

/**
 * Lays contest windows over the control runs of one place and cuts them into intervals. An advance or
 * attack by a faction not allied with the holder of the day contests the place from that day for the
 * contest window; a contradiction contests it from its first report to the contest window after its
 * last. Either window ends early where the run it falls in ends. Contests never change the controller
 * and never reach days whose control is unknown. An analyst contest mark contests exactly its own days.
 */
final class ContestOverlay {

    private record Window(LocalDate from, LocalDate to, List<ControlSource> sources) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && day.isBefore(to);
        }
    }

    private final FactionAlignment alignment;
    private final ControlOptions options;

    ContestOverlay(FactionAlignment alignment, ControlOptions options) {
        this.alignment = alignment;
        this.options = options;
    }

    List<ControlInterval> overlay(String placeId, List<ControlRun> runs, List<ControlFact> facts, List<Contest> contests) {
        return overlay(placeId, runs, facts, contests, List.of());
    }

    List<ControlInterval> overlay(String placeId, List<ControlRun> runs, List<ControlFact> facts, List<Contest> contests,
                                  List<ContestMark> marks) {
        List<Window> windows = new ArrayList<>();
        for (ContestMark mark : marks) {
            windows.add(new Window(mark.from(), mark.to(), List.of(source(mark))));
        }
        for (ControlFact fact : facts) {
            if (fact.role() == Role.PRESSED) {
                runAt(runs, fact.date())
                        .filter(run -> !alignment.allied(run.controller, fact.faction()))
                        .ifPresent(run -> windows.add(window(fact.date(), fact.date(), run, fact.support())));
            }
        }
        for (Contest contest : contests) {
            ControlRun run = runAt(runs, contest.anchor()).orElse(null);
            windows.add(window(contest.from(), contest.anchor(), run, contest.sources()));
        }
        List<ControlInterval> intervals = new ArrayList<>();
        for (ControlRun run : runs) {
            cut(placeId, run, windows, intervals);
        }
        return intervals;
    }

    private static ControlSource source(ContestMark mark) {
        return new ControlSource(ControlSource.Kind.REVIEW, mark.id(), 0, null, Role.PRESSED, mark.from(),
                DatePrecision.DAY, 1.0, new Evidence(0, 0, mark.author() + ": " + mark.reason()));
    }

    private Window window(LocalDate from, LocalDate anchor, ControlRun run, List<ControlSource> sources) {
        LocalDate to = anchor.plusDays(options.contestDays());
        if (run != null && run.until != null && run.until.isBefore(to)) {
            to = run.until;
        }
        return new Window(from, to, sources);
    }

    private static Optional<ControlRun> runAt(List<ControlRun> runs, LocalDate day) {
        return runs.stream().filter(run -> run.covers(day)).findFirst();
    }

    private static void cut(String placeId, ControlRun run, List<Window> windows, List<ControlInterval> out) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        cuts.add(run.since);
        for (Window window : windows) {
            for (LocalDate day : List.of(window.from(), window.to())) {
                if (day.isAfter(run.since) && (run.until == null || day.isBefore(run.until))) {
                    cuts.add(day);
                }
            }
        }
        List<LocalDate> starts = new ArrayList<>(cuts);
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1) : run.until;
            List<ControlSource> contest = windows.stream().filter(w -> w.covers(from))
                    .flatMap(w -> w.sources().stream()).distinct().toList();
            ControlInterval interval = new ControlInterval(placeId, run.controller, List.copyOf(run.partners), run.since,
                    from, to, run.precision, run.derivation, !contest.isEmpty(), run.sources, contest);
            merge(out, interval);
        }
    }

    private static void merge(List<ControlInterval> out, ControlInterval next) {
        if (!out.isEmpty()) {
            ControlInterval last = out.get(out.size() - 1);
            if (next.from().equals(last.to()) && last.since().equals(next.since()) && last.controller().equals(next.controller())
                    && last.contest().equals(next.contest())) {
                out.set(out.size() - 1, new ControlInterval(last.placeId(), last.controller(), last.partners(), last.since(),
                        last.from(), next.to(), last.precision(), last.derivation(), last.contested(), last.sources(), last.contest()));
                return;
            }
        }
        out.add(next);
    }
}
