package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.conflictmap.events.DatePrecision;

/**
 * Who controlled a place over {@code [from, to)}, and why. Immutable. A controller's unbroken control
 * can span several intervals when part of it was contested; {@code since} is where that control began.
 *
 * @param placeId    gazetteer id of the place
 * @param controller faction id of the holder
 * @param partners   allied factions that took part in the capture that started the control
 * @param since      first day of the controller's unbroken control
 * @param from       first day of this interval
 * @param to         first day after this interval, or {@code null} while control persists
 * @param precision  precision of the date control started on (a month-precision capture gives MONTH)
 * @param derivation how the start of control was established
 * @param contested  whether a hostile advance, attack or a contradicting report makes control doubtful
 * @param sources    the facts behind the control: the change and every later confirmation
 * @param contest    the facts that make this interval contested (empty when not contested)
 */
public record ControlInterval(String placeId, String controller, List<String> partners, LocalDate since,
                              LocalDate from, LocalDate to, DatePrecision precision, Derivation derivation,
                              boolean contested, List<ControlSource> sources, List<ControlSource> contest) {

    public ControlInterval {
        Objects.requireNonNull(placeId, "placeId");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(from, "from");
        partners = List.copyOf(partners);
        sources = List.copyOf(sources);
        contest = List.copyOf(contest);
    }

    /** Whether {@code day} lies in {@code [from, to)}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    /** The highest confidence among the sources behind the control. */
    public double confidence() {
        return sources.stream().mapToDouble(ControlSource::confidence).max().orElse(0);
    }
}
