package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

class ControlItemsApiTests extends FeedApiTest {

    private static MockHttpServletRequestBuilder control() {
        return get("/ogc/collections/control/items");
    }

    private Map<String, String> controllers(MockHttpServletRequestBuilder request) throws Exception {
        Map<String, String> byPlace = new LinkedHashMap<>();
        for (JsonNode f : json(request).path("features")) {
            byPlace.put(f.path("properties").path("place").path("name").asString(),
                    f.path("properties").path("controller").asString());
        }
        return byPlace;
    }

    @Test
    void showsWhoHeldEachPlaceOnTheDay() throws Exception {
        assertThat(controllers(control().param("datetime", "2015-01-07")))
                .containsExactly(Map.entry("Alpha", "faction-b"), Map.entry("Bravo", "faction-b"));
        assertThat(controllers(control().param("datetime", "2015-01-08")))
                .containsExactly(Map.entry("Alpha", "faction-a"), Map.entry("Bravo", "faction-b"));
        assertThat(controllers(control().param("datetime", "2015-03-01"))).containsEntry("Charlie", "faction-a")
                .hasSize(3);
        assertThat(controllers(control().param("datetime", "2015-06-01"))).doesNotContainKey("Charlie");
        assertThat(controllers(control().param("datetime", "2014-01-01"))).isEmpty();
    }

    @Test
    void readsAnIntervalAsItsLastDayAndNoDatetimeAsToday() throws Exception {
        assertThat(controllers(control().param("datetime", "2014-12-01/2015-03-01"))).hasSize(3);
        assertThat(controllers(control())).containsExactly(Map.entry("Alpha", "faction-a"), Map.entry("Bravo", "faction-b"));
    }

    @Test
    void carriesSinceContestedConfidenceAndParsedSources() throws Exception {
        JsonNode alpha = json(control().param("datetime", "2015-02-01").param("faction", "faction-a"))
                .path("features").get(0);
        assertThat(alpha.path("geometry").path("coordinates").toString()).isEqualTo("[44.123457,36.0]");
        JsonNode p = alpha.path("properties");
        assertThat(p.path("since").asString()).isEqualTo("2015-01-08");
        assertThat(p.path("contested").asBoolean()).isFalse();
        assertThat(p.path("confidence").asDouble()).isEqualTo(0.9);
        assertThat(p.path("sources").get(0).path("text").asString()).isEqualTo("Faction A took Alpha on Thursday.");
        JsonNode bravo = json(get("/ogc/collections/control/items/3"));
        assertThat(bravo.path("properties").path("contested").asBoolean()).isTrue();
    }

    @Test
    void selectsByControllerBboxAndFilter() throws Exception {
        assertThat(controllers(control().param("datetime", "2015-03-01").param("faction", "faction-b")))
                .containsOnlyKeys("Bravo");
        assertThat(controllers(control().param("datetime", "2015-03-01").param("bbox", "43,35,44,36")))
                .containsOnlyKeys("Charlie");
        assertThat(controllers(control().param("datetime", "2015-03-01").param("filter", "contested = true")))
                .containsOnlyKeys("Bravo");
    }

    @Test
    void pagesControlPointsForTheScorer() throws Exception {
        JsonNode first = json(control().param("datetime", "2015-03-01").param("limit", "2"));
        assertThat(first.path("numberMatched").asInt()).isEqualTo(3);
        String next = EventItemsApiTests.link(first, "next");
        assertThat(next).contains("datetime=2015-03-01").contains("offset=2");
        JsonNode second = json(get(next));
        assertThat(second.path("features").size()).isEqualTo(1);
        assertThat(EventItemsApiTests.link(second, "next")).isNull();
    }

    @Test
    void refusesKnownAtUntilATimelineCanBeRebuilt() throws Exception {
        expectProblem(control().param("known_at", "2015-01-20"), 501, "known_at");
    }

    @Test
    void servesMovementsAsLinesAndPlacesWithMentionCounts() throws Exception {
        JsonNode movement = json(get("/ogc/collections/movements/items").param("datetime", "2015-03-01"))
                .path("features").get(0);
        assertThat(movement.path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(movement.path("geometry").path("coordinates").toString()).isEqualTo("[[44.123457,36.0],[40.0,34.0]]");
        assertThat(movement.path("properties").path("derivation").asString()).isEqualTo("stated");
        assertThat(movement.path("properties").path("origin").path("name").asString()).isEqualTo("Alpha");
        assertThat(movement.path("properties").path("target").path("name").asString()).isEqualTo("Delta");
        assertThat(movement.path("properties").path("event_id").asLong()).isEqualTo(4);
        assertThat(json(get("/ogc/collections/movements/items").param("known_at", "2015-03-04"))
                .path("numberMatched").asInt()).isZero();

        JsonNode places = json(get("/ogc/collections/places/items"));
        assertThat(places.path("numberMatched").asInt()).isEqualTo(4);
        JsonNode alpha = json(get("/ogc/collections/places/items/p-alpha"));
        assertThat(alpha.path("properties").path("mentions").asInt()).isEqualTo(2);
        assertThat(alpha.path("properties").path("geonameid").asLong()).isEqualTo(900001);
        expectProblem(get("/ogc/collections/places/items/p-echo"), 404, null);
    }

    @Test
    void drawsTerritoryPerFactionAsValidGeoJsonPolygons() throws Exception {
        JsonNode territory = json(get("/ogc/collections/territory/items").param("datetime", "2015-03-01"));
        List<String> ids = new java.util.ArrayList<>();
        territory.path("features").forEach(f -> ids.add(f.path("id").asString()));
        assertThat(ids).containsExactly("faction-a", "faction-b~contested");
        JsonNode a = territory.path("features").get(0);
        assertThat(a.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(a.path("properties").path("places").path("ids").toString()).isEqualTo("[\"p-alpha\",\"p-charlie\"]");
        assertThat(a.path("properties").path("area_km2").asDouble()).isBetween(2000.0, 2 * Math.PI * 625);
        for (JsonNode feature : territory.path("features")) {
            GeoJsonChecks.assertValidPolygons(feature.path("geometry"));
        }
        assertThat(json(get("/ogc/collections/territory/items").param("datetime", "2015-03-01")
                .param("faction", "faction-b")).path("numberMatched").asInt()).isEqualTo(1);
        assertThat(json(get("/ogc/collections/territory/items/faction-a").param("datetime", "2015-03-01"))
                .path("properties").path("faction").asString()).isEqualTo("faction-a");
        expectProblem(get("/ogc/collections/territory/items").param("known_at", "2015-03-01"), 501, "known_at");
    }
}
