package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.List;

import org.conflictmap.events.DatePrecision;
import org.conflictmap.territory.ControlSource.Role;

/**
 * One statement about control of one place, as the rules see it: a lead source, the partners of a
 * joint operation, every source merged into it (the lead first), whether it is a retake (the faction
 * had held the place before: "retook", "won back") and whether it is partial ("parts of Y": the
 * faction holds only some of the place).
 */
record ControlFact(ControlSource lead, List<String> partners, List<ControlSource> support, boolean retake, boolean partial) {

    ControlFact {
        partners = List.copyOf(partners);
        support = List.copyOf(support);
    }

    static ControlFact of(ControlSource source) {
        return new ControlFact(source, List.of(), List.of(source), false, false);
    }

    static ControlFact of(ControlSource source, boolean retake, boolean partial) {
        return new ControlFact(source, List.of(), List.of(source), retake, partial);
    }

    Role role() {
        return lead.role();
    }

    String faction() {
        return lead.faction();
    }

    LocalDate date() {
        return lead.date();
    }

    DatePrecision precision() {
        return lead.precision();
    }

    double confidence() {
        return lead.confidence();
    }

    boolean isAssertion() {
        return role() == Role.GAINED || role() == Role.HELD;
    }

    boolean sharesArticleWith(ControlFact other) {
        return support.stream().anyMatch(a -> other.support.stream().anyMatch(b -> a.articleId() == b.articleId()));
    }

    /** Whether the two dates fall within the finer of the two precision windows. */
    boolean withinWindowOf(ControlFact other) {
        int tolerance = Math.min(precision().toleranceDays(), other.precision().toleranceDays());
        return Math.abs(date().toEpochDay() - other.date().toEpochDay()) <= tolerance;
    }
}
