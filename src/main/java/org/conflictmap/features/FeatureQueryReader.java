package org.conflictmap.features;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.conflictmap.events.EventType;
import org.conflictmap.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Turns the query string of an items request into a {@link FeatureQuery}, one parser per parameter.
 * A parameter the collection does not understand, or one given twice, is refused with 400 naming it
 * (OGC API - Features Part 1 lets servers choose; refusing makes a misspelt {@code datetime} visible
 * instead of silently serving every day).
 */
@Component
class FeatureQueryReader {

    static final Set<String> COMMON = Set.of(Ogc.P_FORMAT, Ogc.P_LIMIT, Ogc.P_OFFSET, Ogc.P_BBOX,
            Ogc.P_BBOX_CRS, Ogc.P_FILTER, Ogc.P_FILTER_LANG);
    static final Set<String> EVENT_TYPES = Arrays.stream(EventType.values()).map(EventType::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));

    private final FeaturesProperties properties;

    FeatureQueryReader(FeaturesProperties properties) {
        this.properties = properties;
    }

    FeatureQuery read(Map<String, String[]> params, CollectionSource collection) {
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            String name = param.getKey();
            if (!COMMON.contains(name) && !collection.parameters().contains(name)) {
                throw new InvalidInputException(shown(name), "Unknown parameter for collection '" + collection.id()
                        + "'; it takes " + String.join(", ", new java.util.TreeSet<>(allowed(collection))) + ".");
            }
            if (param.getValue().length > 1) {
                throw new InvalidInputException(name, "'" + name + "' is given more than once.");
            }
        }
        String bboxCrs = one(params, Ogc.P_BBOX_CRS);
        if (bboxCrs != null) {
            BboxParameter.checkCrs(bboxCrs);
        }
        String datetime = one(params, Ogc.P_DATETIME);
        String bbox = one(params, Ogc.P_BBOX);
        String limit = one(params, Ogc.P_LIMIT);
        String offset = one(params, Ogc.P_OFFSET);
        String faction = one(params, Ogc.P_FACTION);
        String type = one(params, Ogc.P_TYPE);
        String knownAt = one(params, Ogc.P_KNOWN_AT);
        String filter = one(params, Ogc.P_FILTER);
        String filterLang = one(params, Ogc.P_FILTER_LANG);
        LocalDate known = knownAt == null ? null : DayParameter.parse(Ogc.P_KNOWN_AT, knownAt);
        return new FeatureQuery(
                datetime == null ? null : DatetimeParameter.parse(datetime),
                bbox == null ? null : BboxParameter.parse(bbox),
                limit == null ? properties.limitDefault() : LimitParameter.limit(limit, properties.limitMax()),
                offset == null ? 0 : LimitParameter.offset(offset),
                faction == null ? Set.of() : IdListParameter.factions(faction),
                type == null ? Set.of() : IdListParameter.types(type, EVENT_TYPES),
                known,
                filter == null ? null : FilterParameter.parse(filter, filterLang, collection.queryables()));
    }

    /**
     * The query of an export: the collection's own parameters and {@code bbox}; no paging or filter
     * (every matching feature is exported).
     */
    FeatureQuery readExport(Map<String, String[]> params, CollectionSource collection) {
        Set<String> refused = Set.of(Ogc.P_LIMIT, Ogc.P_OFFSET, Ogc.P_FILTER, Ogc.P_FILTER_LANG, Ogc.P_FORMAT);
        for (String name : params.keySet()) {
            if (refused.contains(name)) {
                throw new InvalidInputException(name, "Exports take no '" + name + "': they hold every match.");
            }
        }
        return read(params, collection).withPage(Integer.MAX_VALUE, 0);
    }

    /** The query of a single-item request: only {@code f} and, for snapshots, {@code datetime}. */
    FeatureQuery readItem(Map<String, String[]> params, CollectionSource collection) {
        String datetime = one(params, Ogc.P_DATETIME);
        String knownAt = collection.parameters().contains(Ogc.P_KNOWN_AT) ? one(params, Ogc.P_KNOWN_AT) : null;
        return new FeatureQuery(datetime == null ? null : DatetimeParameter.parse(datetime), null, 1, 0,
                Set.of(), Set.of(), knownAt == null ? null : DayParameter.parse(Ogc.P_KNOWN_AT, knownAt), null);
    }

    private static Set<String> allowed(CollectionSource collection) {
        Set<String> all = new LinkedHashSet<>(COMMON);
        all.addAll(collection.parameters());
        return all;
    }

    private static String one(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String shown(String name) {
        return name.length() > 40 ? name.substring(0, 40) : name;
    }
}
