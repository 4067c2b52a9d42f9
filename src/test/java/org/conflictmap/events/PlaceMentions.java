package org.conflictmap.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;
import org.conflictmap.geoparsing.ResolvedMention;

/** A hand-made set of places and a finder that turns their names in a test text into resolved mentions. */
final class PlaceMentions {

    static final Place MOSUL = city("99072", "Mosul", 36.335, 43.119);
    static final Place TIKRIT = city("89933", "Tikrit", 34.616, 43.679);
    static final Place BAIJI = city("99434", "Baiji", 34.931, 43.493);
    static final Place RAMADI = city("91085", "Ramadi", 33.421, 43.308);
    static final Place FALLUJAH = city("98130", "Fallujah", 33.356, 43.786);
    static final Place BAGHDAD = city("98182", "Baghdad", 33.341, 44.401);
    static final Place KIRKUK = city("94787", "Kirkuk", 35.468, 44.392);
    static final Place HIT = city("95446", "Hit", 33.642, 42.827);
    static final Place TEHRAN = city("112931", "Tehran", 35.694, 51.422);
    static final Place ERBIL = new Place("95446001", 95446001L, "Erbil", 36.191, 44.009, PlaceKind.CITY, "PPLA", "IQ", "11", 900_000);
    static final Place ALEPPO = new Place("170063", 170063L, "Aleppo", 36.202, 37.159, PlaceKind.CITY, "PPLA", "SY", "09", 1_600_000);
    static final Place ANBAR = new Place("91556", 91556L, "Anbar", 33.0, 42.0, PlaceKind.ADMIN1, "ADM1", "IQ", "01", 0);
    static final Place IRAQ = new Place("99237", 99237L, "Iraq", 33.0, 44.0, PlaceKind.COUNTRY, "PCLI", "IQ", "", 0);

    private static final Map<String, Place> BY_SURFACE = Map.ofEntries(
            Map.entry("Mosul", MOSUL), Map.entry("Tikrit", TIKRIT), Map.entry("Baiji", BAIJI), Map.entry("Ramadi", RAMADI),
            Map.entry("Fallujah", FALLUJAH), Map.entry("Baghdad", BAGHDAD), Map.entry("Kirkuk", KIRKUK), Map.entry("Hit", HIT),
            Map.entry("Tehran", TEHRAN), Map.entry("Anbar", ANBAR), Map.entry("Iraq", IRAQ), Map.entry("Erbil", ERBIL),
            Map.entry("Aleppo", ALEPPO));

    private PlaceMentions() {
    }

    static List<ResolvedMention> in(String text) {
        List<ResolvedMention> found = new ArrayList<>();
        BY_SURFACE.forEach((surface, place) -> {
            Matcher m = Pattern.compile("\\b" + surface + "\\b").matcher(text);
            while (m.find()) {
                found.add(new ResolvedMention(m.start(), m.end(), surface, place, 0.9, List.of()));
            }
        });
        found.sort(Comparator.comparingInt(ResolvedMention::start));
        return found;
    }

    private static Place city(String id, String name, double lat, double lon) {
        return new Place(id, Long.valueOf(id), name, lat, lon, PlaceKind.CITY, "PPL", "IQ", "", 100_000);
    }
}
