package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.conflictmap.system.InvalidInputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Fuzzes every query-parameter parser of the feeds: each either returns a value or refuses the input
 * with an {@link InvalidInputException} carrying a 4xx status and the parameter's name; nothing else
 * escapes, and no input takes more than {@link #BUDGET_NANOS}. A {@code filter} that parses translates
 * to SQL made only of column names, operators and bind placeholders (no text of the request), and
 * evaluates in memory to true, false or a 400.
 *
 * <p>Input bytes are UTF-8 text, except that a leading NUL byte makes the rest UTF-16BE, so the fuzzer
 * can also produce unpaired surrogates. Seeds (and every finding, kept as a regression case) live
 * under {@code src/test/resources/org/conflictmap/features/QueryParameterFuzzTestsInputs/<method>/};
 * a normal build runs just those. {@code JAZZER_FUZZ=1} fuzzes one method (README, "Fuzzing").
 */
class QueryParameterFuzzTests {

    static final long BUDGET_NANOS = 10_000_000_000L;

    /** SQL that a translated filter may contain: column expressions, operators, placeholders. */
    private static final Pattern SAFE_SQL = Pattern.compile("(?:[a-z]\\.[a-z_]+|:filter[0-9]+|1|0|=|<>|<=|>=|<|>"
            + "|AND|OR|NOT|BETWEEN|[() ])*");

    private static final EventFeatures EVENTS = new EventFeatures(null);
    private static final FeatureQueryReader READER = new FeatureQueryReader(
            new FeaturesProperties(100, 1000, 60, 25, 0.01, 8, 8, 0, "t", "d", Map.of()));
    private static final Feature SAMPLE = new Feature("1", new GeometryFactory().createPoint(new Coordinate(44, 36)),
            sampleProperties());

    static {
        // load the parsers' classes (GeoTools' filter factories take seconds) before any input is timed
        for (String filter : new String[] {"confidence > 0.5 AND INTERSECTS(geometry, POINT(1 2))",
            "strConcat(actor, 'x') = 'ax' AND actor LIKE 'f%' AND type IN ('capture')",
            "date DURING 2015-01-01T00:00:00Z/2015-02-01T00:00:00Z OR target IS NULL"}) {
            FilterParameter.parse(filter, null, EVENTS.queryables()).test(SAMPLE);
        }
        READER.read(Map.of(Ogc.P_DATETIME, new String[] {"2015-01-01"}, Ogc.P_BBOX, new String[] {"1,2,3,4"}), EVENTS);
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"..", "/", "T", "Z", "+03:00", "2015-01-01", "99999", "-", ":"})
    void datetimeIsADateRangeOrA400(byte[] input) {
        String raw = text(input);
        DateRange range = valueOrRefusal(Ogc.P_DATETIME, () -> DatetimeParameter.parse(raw));
        if (range != null && range.start() != null && range.end() != null) {
            assertThat(range.end()).isAfterOrEqualTo(range.start());
        }
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({",", "NaN", "Infinity", "1e400", "-180", "90", ".", "e", "0x1p3", "1d", "1f"})
    void bboxIsAFiniteBoxOrA400(byte[] input) {
        String raw = text(input);
        BoundingBox box = valueOrRefusal(Ogc.P_BBOX, () -> BboxParameter.parse(raw));
        if (box != null) {
            assertThat(java.util.List.of(box.minLon(), box.minLat(), box.maxLon(), box.maxLat()))
                    .allMatch(Double::isFinite);
            assertThat(box.minLat()).isLessThanOrEqualTo(box.maxLat());
        }
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"+", "-", "0", "99999999999999999999", "2147483648", "1000000001"})
    void limitAndOffsetAreInRangeOrA400(byte[] input) {
        String raw = text(input);
        Integer limit = valueOrRefusal(Ogc.P_LIMIT, () -> LimitParameter.limit(raw, 1000));
        if (limit != null) {
            assertThat(limit).isBetween(1, 1000);
        }
        Long offset = valueOrRefusal(Ogc.P_OFFSET, () -> LimitParameter.offset(raw));
        if (offset != null) {
            assertThat(offset).isBetween(0L, LimitParameter.MAX_OFFSET);
        }
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({",", "capture", "attack", "-", "_", "\u0130", "\u00df"})
    void idListsAndDaysAreWellFormedOrA400(byte[] input) {
        String raw = text(input);
        Set<String> factions = valueOrRefusal(Ogc.P_FACTION, () -> IdListParameter.factions(raw));
        if (factions != null) {
            assertThat(factions).allMatch(id -> id.matches("[a-z0-9][a-z0-9_-]{0,63}"));
        }
        Set<String> types = valueOrRefusal(Ogc.P_TYPE, () -> IdListParameter.types(raw, FeatureQueryReader.EVENT_TYPES));
        if (types != null) {
            assertThat(FeatureQueryReader.EVENT_TYPES).containsAll(types);
        }
        valueOrRefusal(Ogc.P_KNOWN_AT, () -> DayParameter.parse(Ogc.P_KNOWN_AT, raw));
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({" AND ", " OR ", "NOT ", " BETWEEN ", " LIKE ", " IN (", " IS NULL", "INTERSECTS(geometry,",
        "POLYGON((", "POINT(", ")", "'", "''", "confidence", "actor", "date", "known_from", "type", " = ", " <> ",
        " > ", "2015-01-01", "T00:00:00Z", " DURING ", " AFTER ", "DWITHIN(", "strConcat(", "%", ";", "--"})
    void filterIsParameterisedSqlOrA400(byte[] input) {
        String raw = text(input);
        FeatureFilter filter = valueOrRefusal(Ogc.P_FILTER, () -> FilterParameter.parse(raw, null, EVENTS.queryables()));
        if (filter == null) {
            return;
        }
        SqlFilter.Translation sql = SqlFilter.translate(filter.filter(), eventColumns());
        if (sql.sql() != null) {
            assertThat(sql.sql()).matches(SAFE_SQL);
        }
        valueOrRefusal(Ogc.P_FILTER, () -> filter.test(SAMPLE));
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"&", "=", "datetime=", "bbox=", "limit=", "offset=", "faction=", "type=", "known_at=",
        "filter=", "filter-lang=", "bbox-crs=", "f=", "cql2-text", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"})
    void itemsQueryIsAQueryOrA400(byte[] input) {
        Map<String, String[]> params = queryString(text(input));
        long start = System.nanoTime();
        try {
            FeatureQuery query = READER.read(params, EVENTS);
            assertThat(query.limit()).isBetween(1, 1000);
        } catch (InvalidInputException e) {
            assertRefusal(e, null);
        }
        try {
            READER.readItem(params, EVENTS);
        } catch (InvalidInputException e) {
            assertRefusal(e, null);
        }
        assertThat(System.nanoTime() - start).as("time taken").isLessThan(BUDGET_NANOS);
    }

    /** The value, or {@code null} after checking the refusal names {@code field} with a 4xx. */
    static <T> T valueOrRefusal(String field, Supplier<T> parse) {
        long start = System.nanoTime();
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            assertRefusal(e, field);
            return null;
        } finally {
            assertThat(System.nanoTime() - start).as("time taken").isLessThan(BUDGET_NANOS);
        }
    }

    private static void assertRefusal(InvalidInputException e, String field) {
        assertThat(e.status().is4xxClientError()).as("status of %s", e.getMessage()).isTrue();
        assertThat(e.field()).isNotNull();
        if (field != null) {
            assertThat(e.field()).isEqualTo(field);
        }
    }

    /** UTF-8, or UTF-16BE after a leading NUL byte (so unpaired surrogates can occur). */
    static String text(byte[] input) {
        if (input.length > 0 && input[0] == 0) {
            return StandardCharsets.UTF_16BE.decode(ByteBuffer.wrap(input, 1, input.length - 1)).toString();
        }
        return new String(input, StandardCharsets.UTF_8);
    }

    /**
     * A query string split as the servlet container does, without percent-decoding; like Tomcat, a
     * pair without a name is dropped.
     */
    private static Map<String, String[]> queryString(String query) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.isEmpty()) {
                continue;
            }
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.merge(name, new String[] {value}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        return params;
    }

    private static Map<String, SqlColumn> eventColumns() {
        return Map.of("type", SqlColumn.text("e.type"), "actor", SqlColumn.text("e.actor"),
                "date", SqlColumn.day("e.event_date"), "date_precision", SqlColumn.text("e.date_precision"),
                "confidence", SqlColumn.number("e.confidence"), "known_from", SqlColumn.day("e.known_from"));
    }

    private static Map<String, Object> sampleProperties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "capture");
        p.put("actor", "faction-a");
        p.put("target", null);
        p.put("date", "2015-01-08");
        p.put("date_precision", "day");
        p.put("confidence", 0.9);
        p.put("known_from", "2015-01-10");
        return p;
    }
}
