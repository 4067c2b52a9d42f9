package org.conflictmap.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.Candidate;
import org.conflictmap.geoparsing.MentionRepository;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.geoparsing.ResolvedMention;
import org.conflictmap.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Resolves the place an analyst names by gazetteer id: a place already stored (mentioned by any
 * article) or one of the candidates the geoparser weighed for a mention of this article (stored on
 * first use). Anything else is refused naming the {@code place} field.
 */
@Component
class PlaceChoice {

    private final PlaceLookup stored;
    private final MentionRepository mentions;
    private final PlaceRepository places;

    PlaceChoice(PlaceLookup stored, MentionRepository mentions, PlaceRepository places) {
        this.stored = stored;
        this.mentions = mentions;
        this.places = places;
    }

    /** The place {@code placeId} at the same spot in the text as {@code current}. */
    EventState.PlaceRef choose(long articleId, String placeId, EventState.PlaceRef current) {
        Place place = resolve(articleId, placeId);
        return new EventState.PlaceRef(place.id(), place.name(), current.start(), current.end(), current.surface());
    }

    /**
     * The place {@code placeId} as named inside {@code [start, end)} of the article text: the mention
     * there that resolved to it or weighed it, else the first occurrence of its name, else the span start.
     */
    EventState.PlaceRef locate(long articleId, String placeId, String text, int start, int end) {
        Place place = resolve(articleId, placeId);
        Optional<ResolvedMention> mention = mentions.findByArticle(articleId).stream()
                .filter(m -> m.start() >= start && m.end() <= end)
                .filter(m -> placesOf(m).anyMatch(p -> p.id().equals(place.id())))
                .findFirst();
        if (mention.isPresent()) {
            ResolvedMention m = mention.get();
            return new EventState.PlaceRef(place.id(), place.name(), m.start(), m.end(), m.surface());
        }
        int at = text.substring(start, end).toLowerCase(Locale.ROOT).indexOf(place.name().toLowerCase(Locale.ROOT));
        if (at >= 0) {
            int from = start + at;
            int to = from + place.name().length();
            return new EventState.PlaceRef(place.id(), place.name(), from, to, text.substring(from, to));
        }
        return new EventState.PlaceRef(place.id(), place.name(), start, start, place.name());
    }

    private Place resolve(long articleId, String placeId) {
        Optional<Place> known = stored.find(placeId);
        if (known.isPresent()) {
            return known.get();
        }
        Place candidate = mentions.findByArticle(articleId).stream().flatMap(PlaceChoice::placesOf)
                .filter(p -> p.id().equals(placeId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("place", "'" + placeId + "' is neither a stored place "
                        + "nor a candidate of a place mention in this article"));
        places.saveAll(List.of(candidate));
        return candidate;
    }

    private static Stream<Place> placesOf(ResolvedMention m) {
        return Stream.concat(Stream.of(m.place()), m.alternatives().stream().map(Candidate::place));
    }
}
