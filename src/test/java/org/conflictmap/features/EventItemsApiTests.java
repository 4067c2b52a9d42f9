package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

class EventItemsApiTests extends FeedApiTest {

    private List<String> ids(MockHttpServletRequestBuilder request) throws Exception {
        List<String> ids = new ArrayList<>();
        json(request).path("features").forEach(f -> ids.add(f.path("id").asString()));
        return ids;
    }

    private static MockHttpServletRequestBuilder events() {
        return get("/ogc/collections/events/items");
    }

    @Test
    void servesEventsAsGeoJsonWithArticleAndEvidence() throws Exception {
        mvc.perform(events()).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/geo+json")));
        JsonNode first = json(get("/ogc/collections/events/items/1"));
        assertThat(first.path("type").asString()).isEqualTo("Feature");
        assertThat(first.path("geometry").path("coordinates").toString()).isEqualTo("[44.123457,36.0]");
        JsonNode p = first.path("properties");
        assertThat(p.path("type").asString()).isEqualTo("capture");
        assertThat(p.path("actor").asString()).isEqualTo("faction-a");
        assertThat(p.path("target").asString()).isEqualTo("faction-b");
        assertThat(p.path("date").asString()).isEqualTo("2015-01-08");
        assertThat(p.path("place").path("name").asString()).isEqualTo("Alpha");
        assertThat(p.path("article").path("url").asString()).isEqualTo("https://example.org/alpha");
        assertThat(p.path("article").path("published").asString()).isEqualTo("2015-01-10");
        assertThat(p.path("evidence").path("text").asString()).isEqualTo("Faction A took Alpha on Thursday.");
        assertThat(p.path("evidence").path("end").asInt()).isEqualTo(33);
        JsonNode deployment = json(get("/ogc/collections/events/items/4")).path("properties");
        assertThat(deployment.path("origin").path("name").asString()).isEqualTo("Alpha");
    }

    @Test
    void selectsByInstantIntervalAndOpenEnds() throws Exception {
        assertThat(ids(events().param("datetime", "2015-01-08"))).containsExactly("1", "5");
        assertThat(ids(events().param("datetime", "2015-01-08T23:30:00Z"))).containsExactly("1", "5");
        assertThat(ids(events().param("datetime", "2015-01-09T01:00:00+03:00"))).containsExactly("1", "5");
        assertThat(ids(events().param("datetime", "2015-01-01/2015-01-31"))).containsExactly("1", "2", "5");
        assertThat(ids(events().param("datetime", "../2015-01-08"))).containsExactly("1", "5");
        assertThat(ids(events().param("datetime", "2015-02-01/.."))).containsExactly("3", "4");
        assertThat(ids(events().param("datetime", "2015-02-01/"))).containsExactly("3", "4");
    }

    @Test
    void selectsByBoundingBox() throws Exception {
        assertThat(ids(events().param("bbox", "44.0,35.9,44.2,36.05"))).containsExactly("1", "5");
        assertThat(ids(events().param("bbox", "39,33,41,35"))).containsExactly("4");
        assertThat(ids(events().param("bbox", "170,-10,-170,10"))).isEmpty();
    }

    @Test
    void pagesStablyWithNextAndPrevLinks() throws Exception {
        JsonNode page = json(events().param("limit", "2"));
        assertThat(page.path("numberMatched").asLong()).isEqualTo(5);
        assertThat(page.path("numberReturned").asLong()).isEqualTo(2);
        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        while (true) {
            page.path("features").forEach(f -> seen.add(f.path("id").asString()));
            pages++;
            next = link(page, "next");
            if (pages > 1) {
                assertThat(link(page, "prev")).isNotNull();
            }
            if (next == null) {
                break;
            }
            page = json(get(next));
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("1", "2", "3", "4", "5");
        JsonNode second = json(events().param("limit", "2").param("offset", "2"));
        assertThat(json(get(link(second, "prev"))).path("features").get(0).path("id").asString()).isEqualTo("1");
    }

    @Test
    void servesTheMaximumPageForALargerLimit() throws Exception {
        assertThat(json(events().param("limit", "99999999999")).path("numberReturned").asInt()).isEqualTo(5);
    }

    @Test
    void selectsByFactionTypeAndKnownAt() throws Exception {
        assertThat(ids(events().param("faction", "faction-a"))).containsExactly("1", "3");
        assertThat(ids(events().param("faction", "faction-a,faction-c"))).containsExactly("1", "3", "4");
        assertThat(ids(events().param("type", "capture,attack"))).containsExactly("1", "2");
        assertThat(ids(events().param("known_at", "2015-01-31"))).containsExactly("1", "2", "5");
        assertThat(ids(events().param("known_at", "2015-01-09"))).isEmpty();
    }

    @Test
    void filtersWithCql2Text() throws Exception {
        assertThat(ids(events().param("filter", "confidence >= 0.8"))).containsExactly("1", "4");
        assertThat(ids(events().param("filter", "actor = 'faction-b' AND date < '2015-01-09'"))).containsExactly("5");
        assertThat(ids(events().param("filter", "type IN ('advance', 'deployment')"))).containsExactly("3", "4");
        assertThat(ids(events().param("filter", "INTERSECTS(geometry, POLYGON((39 33, 41 33, 41 35, 39 35, 39 33)))")))
                .containsExactly("4");
        JsonNode page = json(events().param("filter", "confidence > 0.55").param("limit", "2").param("offset", "1"));
        assertThat(page.path("numberMatched").asInt()).isEqualTo(4);
        assertThat(page.path("features").get(0).path("id").asString()).isEqualTo("2");
        assertThat(link(page, "next")).contains("offset=3");
    }

    static String link(JsonNode document, String rel) {
        for (JsonNode link : document.path("links")) {
            if (link.path("rel").asString().equals(rel)) {
                return link.path("href").asString();
            }
        }
        return null;
    }
}
