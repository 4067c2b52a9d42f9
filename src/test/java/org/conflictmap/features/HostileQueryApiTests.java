package org.conflictmap.features;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No query string, however hostile, makes any feed endpoint fail with a 5xx. */
class HostileQueryApiTests extends FeedApiTest {

    static final List<String> PATHS = List.of("/ogc", "/ogc/conformance", "/ogc/collections",
            "/ogc/collections/events", "/ogc/collections/events/items", "/ogc/collections/events/items/1",
            "/ogc/collections/control/items", "/ogc/collections/territory/items", "/ogc/collections/movements/items",
            "/ogc/collections/places/items", "/ogc/collections/control/items/2", "/ogc/collections/events/queryables",
            "/ogc/api", "/api/timeline", "/api/exports/events.csv");

    static final List<String> QUERIES = List.of("bbox=1,2,3", "bbox=a,b,c,d", "bbox=NaN,0,1,1",
            "bbox=1e400,0,1,1", "bbox=,,,", "datetime=2016-13-45", "datetime=../..", "datetime=/", "datetime=..",
            "datetime=2016-01-01/2016-01-02/2016-01-03", "datetime=2016-01-01T25:00:00Z", "limit=-1",
            "limit=99999999999", "limit=99999999999999999999999999999999999", "limit=1.5", "offset=99999999999999",
            "filter=1=1;DROP%20TABLE%20event", "filter=INTERSECTS(", "filter=actor%20=%20'", "filter=confidence%20%3E%20'x'",
            "filter=date%20DURING%202015-01-01T00:00:00Z/2015-02-01T00:00:00Z", "filter=geometry%20=%201",
            "known_at=x", "known_at=2015-02-30", "faction=%00", "type=%00", "datetime=%00", "%00=%00",
            "faction=" + "a,".repeat(500), "bbox=" + "1".repeat(5000) + ",0,1,1", "filter=" + "(".repeat(3000),
            "filter=" + "actor%20=%20'a'%20OR%20".repeat(150) + "actor%20=%20'b'", "f=%3Cscript%3E",
            "datetime=" + "9".repeat(100), "from=x&to=y", "from=2016-01-01&to=2015-01-01", "faction=%E2%80%AE",
            "filter-lang=cql2-json&filter=a", "bbox-crs=x", "known_at=2015-01-01&datetime=2015-01-01");

    static Stream<Arguments> requests() {
        List<Arguments> all = new ArrayList<>();
        for (String path : PATHS) {
            for (String query : QUERIES) {
                all.add(Arguments.of(path, query));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("requests")
    void neverFailsWithAServerError(String path, String query) throws Exception {
        mvc.perform(get(URI.create(path + "?" + query))).andExpect(status().is(Matchers.not(Matchers.both(
                Matchers.greaterThanOrEqualTo(500)).and(Matchers.not(501)))));
    }
}
