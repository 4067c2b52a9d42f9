package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.conflictmap.events.DatePrecision;

/** One unbroken stretch of control by one faction, while the sequencer assembles it. Not thread-safe. */
final class ControlRun {

    final String controller;
    final LocalDate since;
    final DatePrecision precision;
    final Derivation derivation;
    final Set<String> partners = new LinkedHashSet<>();
    final List<ControlSource> sources = new ArrayList<>();
    LocalDate until;
    LocalDate lastSupport;

    ControlRun(ControlFact start, Derivation derivation) {
        this.controller = start.faction();
        this.since = start.date();
        this.precision = start.precision();
        this.derivation = derivation;
        this.lastSupport = start.date();
        support(start);
    }

    ControlRun(ControlFact loss, LocalDate since) {
        this.controller = loss.faction();
        this.since = since;
        this.precision = loss.precision();
        this.derivation = Derivation.BACKFILLED;
        this.until = loss.date();
        this.lastSupport = loss.date();
        sources.addAll(loss.support());
    }

    /** A back-filled run {@code [since, until)} implied by {@code source} (a retake after an enemy capture). */
    ControlRun(ControlFact source, LocalDate since, LocalDate until) {
        this.controller = source.faction();
        this.since = since;
        this.precision = source.precision();
        this.derivation = Derivation.BACKFILLED;
        this.until = until;
        this.lastSupport = source.date();
        sources.addAll(source.support());
    }

    /** A run implied by other factions' facts (a successor after a holder left under pressure). */
    ControlRun(String controller, LocalDate since, DatePrecision precision, Derivation derivation, List<ControlSource> sources) {
        this.controller = controller;
        this.since = since;
        this.precision = precision;
        this.derivation = derivation;
        this.lastSupport = since;
        this.sources.addAll(sources);
    }

    void support(ControlFact fact) {
        sources.addAll(fact.support());
        fact.partners().stream().filter(p -> !p.equals(controller)).forEach(partners::add);
        if (fact.date().isAfter(lastSupport)) {
            lastSupport = fact.date();
        }
    }

    /** The confidence of the strongest fact behind the run. */
    double strongest() {
        return sources.stream().mapToDouble(ControlSource::confidence).max().orElse(0);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(since) && (until == null || day.isBefore(until));
    }
}
