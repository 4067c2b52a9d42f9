package org.conflictmap.territory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.conflictmap.events.ControlClaim;
import org.conflictmap.events.ConflictEvent;
import org.conflictmap.events.DatePrecision;
import org.conflictmap.events.EventDate;
import org.conflictmap.events.EventType;
import org.conflictmap.events.Evidence;
import org.conflictmap.events.RecordedEvent;
import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;

/**
 * Hand-made fictional towns and factions. {@code blue} and {@code green} fight on the same side;
 * {@code red} and {@code grey} are each on their own.
 */
final class TerritoryFixtures {

    static final Place ADIR = town("x:adir", "Adir", 36.30, 43.10);
    static final Place BANAT = town("x:banat", "Tell Banat", 36.20, 43.40);
    static final Place KASRIK = town("x:kasrik", "Kasrik", 35.60, 43.60);
    static final Place DAWRA = town("x:dawra", "Dawra", 33.30, 44.40);
    static final Place MIRA = town("x:mira", "Al-Mira", 34.60, 43.70);

    static final FactionAlignment ALIGNMENT = FactionAlignment.of(Map.of("blue", "allies", "green", "allies"));

    private TerritoryFixtures() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static ControlTimelineBuilder builder() {
        return new ControlTimelineBuilder(ALIGNMENT, ControlOptions.defaults());
    }

    static ControlTimeline now(List<RecordedEvent> events, List<ControlClaim> claims) {
        return builder().build(events, claims);
    }

    static ControlTimeline now(RecordedEvent... events) {
        return now(List.of(events), List.of());
    }

    static PlaceTimeline placeIn(ControlTimeline timeline, Place place) {
        return timeline.place(place.id()).orElseThrow();
    }

    static EventBuilder event(EventType type, String actor, Place place, String date) {
        return new EventBuilder(type, actor, place, day(date));
    }

    static ClaimBuilder claim(String faction, Place place, String date) {
        return new ClaimBuilder(faction, place, day(date));
    }

    private static Place town(String id, String name, double lat, double lon) {
        return new Place(id, null, name, lat, lon, PlaceKind.CITY, "PPL", "XX", "", 0);
    }

    private static ResolvedMention mention(Place place) {
        return new ResolvedMention(0, place.name().length(), place.name(), place, 0.9, List.of());
    }

    /** A recorded event with sensible defaults: day precision, confidence 0.8, known the next day. */
    static final class EventBuilder {
        private static final AtomicLong IDS = new AtomicLong(1);
        private final EventType type;
        private final String actor;
        private final Place place;
        private final LocalDate date;
        private String target;
        private Place origin;
        private DatePrecision precision = DatePrecision.DAY;
        private double confidence = 0.8;
        private long article = 1;
        private LocalDate known;
        private String sentence;

        private EventBuilder(EventType type, String actor, Place place, LocalDate date) {
            this.type = type;
            this.actor = actor;
            this.place = place;
            this.date = date;
        }

        EventBuilder target(String faction) {
            this.target = faction;
            return this;
        }

        EventBuilder from(Place place) {
            this.origin = place;
            return this;
        }

        EventBuilder precision(DatePrecision precision) {
            this.precision = precision;
            return this;
        }

        EventBuilder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        EventBuilder article(long article) {
            this.article = article;
            return this;
        }

        EventBuilder known(String iso) {
            this.known = day(iso);
            return this;
        }

        /** The evidence sentence; the place mention points at the place's name inside it. */
        EventBuilder saying(String sentence) {
            this.sentence = sentence;
            return this;
        }

        RecordedEvent build() {
            String sentence = this.sentence != null ? this.sentence : actor + " " + type.id() + " at " + place.name() + " on " + date;
            int at = Math.max(0, sentence.indexOf(place.name()));
            ResolvedMention placeMention = new ResolvedMention(at, at + place.name().length(), place.name(), place, 0.9, List.of());
            ConflictEvent event = new ConflictEvent(type, actor, target, placeMention, origin == null ? null : mention(origin),
                    new EventDate(date, precision), confidence, new Evidence(0, sentence.length(), sentence));
            return new RecordedEvent(IDS.getAndIncrement(), article, known == null ? date.plusDays(1) : known, event);
        }
    }

    /** A control claim with defaults: day precision, confidence 0.7, known the same day. */
    static final class ClaimBuilder {
        private static final AtomicLong IDS = new AtomicLong(100_000);
        private final String faction;
        private final Place place;
        private final LocalDate date;
        private DatePrecision precision = DatePrecision.DAY;
        private double confidence = 0.7;
        private long article = 1;
        private LocalDate known;

        private ClaimBuilder(String faction, Place place, LocalDate date) {
            this.faction = faction;
            this.place = place;
            this.date = date;
        }

        ClaimBuilder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        ClaimBuilder article(long article) {
            this.article = article;
            return this;
        }

        ClaimBuilder known(String iso) {
            this.known = day(iso);
            return this;
        }

        ClaimBuilder precision(DatePrecision precision) {
            this.precision = precision;
            return this;
        }

        ControlClaim build() {
            String sentence = place.name() + " is held by " + faction;
            return new ControlClaim(IDS.getAndIncrement(), article, known == null ? date : known, place, faction, date, precision,
                    confidence, new Evidence(0, sentence.length(), sentence));
        }
    }
}
