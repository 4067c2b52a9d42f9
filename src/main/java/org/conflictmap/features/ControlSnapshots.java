package org.conflictmap.features;

import java.time.LocalDate;
import java.util.List;

/**
 * Who controls which place on a day: the input of the {@code control} and {@code territory}
 * collections. The default, {@link JdbcControlSnapshots}, reads the stored control timeline, which is
 * built from everything known now. A timeline that can be rebuilt from only the events published by an
 * earlier day (the {@code known_at} view) plugs in as another bean of this type marked
 * {@code @Primary}, answering {@link #supportsKnownAt()} with {@code true}. Implementations are thread-safe.
 */
public interface ControlSnapshots {

    /**
     * Every place whose controller is known on {@code day}, one point per place, ordered by interval id.
     *
     * @param knownAt when not {@code null}, only what the articles published on or before this day
     *                support; only called when {@link #supportsKnownAt()}
     */
    List<ControlPoint> on(LocalDate day, LocalDate knownAt);

    /** Whether {@link #on} can answer for an earlier state of knowledge. */
    boolean supportsKnownAt();
}
