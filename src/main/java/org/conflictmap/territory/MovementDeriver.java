package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.EventType;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.gazetteer.Place;

/**
 * Draws movement lines for deployments and advances. A stated origin gives a STATED line. Without one,
 * the origin is the place nearest to the target (WGS84 geodesic distance) that the actor held on the
 * event's day according to the given timeline, or failing that, that an ally of the actor held; such
 * lines are INFERRED. The target place itself never counts as an origin. No line is drawn when nothing
 * can be inferred. Other event types give no lines. Thread-safe.
 */
public final class MovementDeriver {

    private final FactionAlignment alignment;

    public MovementDeriver(FactionAlignment alignment) {
        this.alignment = alignment;
    }

    /** One line per deployment or advance with a stated or inferrable origin, in input order. */
    public List<Movement> derive(Collection<RecordedEvent> events, ControlTimeline timeline) {
        Map<LocalDate, List<ControlState>> controlByDay = new HashMap<>();
        List<Movement> movements = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            ConflictEvent event = recorded.event();
            if (event.type() != EventType.DEPLOYMENT && event.type() != EventType.ADVANCE) {
                continue;
            }
            Place target = event.place().place();
            if (event.origin() != null) {
                movements.add(movement(recorded, event.origin().place(), MovementDerivation.STATED, null));
                continue;
            }
            List<ControlState> control = controlByDay.computeIfAbsent(event.date().date(), timeline::controlOn);
            nearestHeld(control, target, s -> s.controller().equals(event.actor()))
                    .or(() -> nearestHeld(control, target, s -> alignment.allied(s.controller(), event.actor())))
                    .ifPresent(s -> movements.add(movement(recorded, s.place(), MovementDerivation.INFERRED, s.interval())));
        }
        return movements;
    }

    /**
     * Ranks candidates by a cheap spherical distance first and measures on the ellipsoid only those
     * within 1% of the closest, which always include the geodesically nearest one.
     */
    private static Optional<ControlState> nearestHeld(List<ControlState> control, Place target, Predicate<ControlState> held) {
        List<ControlState> candidates = new ArrayList<>();
        List<Double> rough = new ArrayList<>();
        double bestRough = Double.POSITIVE_INFINITY;
        for (ControlState state : control) {
            if (!state.place().id().equals(target.id()) && held.test(state)) {
                double metres = sphericalMetres(state.place(), target);
                candidates.add(state);
                rough.add(metres);
                bestRough = Math.min(bestRough, metres);
            }
        }
        ControlState nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            if (rough.get(i) <= bestRough * 1.01 + 1) {
                double metres = distanceMetres(candidates.get(i).place(), target);
                if (metres < best) {
                    best = metres;
                    nearest = candidates.get(i);
                }
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static double sphericalMetres(Place a, Place b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static double distanceMetres(Place a, Place b) {
        return Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon(), GeodesicMask.DISTANCE).s12;
    }

    private static Movement movement(RecordedEvent recorded, Place origin, MovementDerivation derivation, ControlInterval held) {
        ConflictEvent event = recorded.event();
        return new Movement(event.actor(), event.type(), origin, event.place().place(), event.date().date(),
                event.date().precision(), derivation, recorded.id(), recorded.articleId(), event.confidence(),
                event.evidence(), held);
    }
}
