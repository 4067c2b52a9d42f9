package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.conflictmap.persistence.StoreChanged;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

class OgcProtocolApiTests extends FeedApiTest {

    @Test
    void landingPageLinksToEverythingAClientNeeds() throws Exception {
        JsonNode landing = json(get("/ogc"));
        List<String> rels = new ArrayList<>();
        landing.path("links").forEach(l -> rels.add(l.path("rel").asString()));
        assertThat(rels).contains("self", "service-desc", "service-doc", "conformance", "data");
        assertThat(json(get("/ogc/conformance")).path("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "conf/geojson", "conf/html", "conf/oas30");
    }

    @Test
    void describesEachCollectionWithConfiguredTitleAndDataExtent() throws Exception {
        JsonNode collections = json(get("/ogc/collections")).path("collections");
        List<String> ids = new ArrayList<>();
        collections.forEach(c -> ids.add(c.path("id").asString()));
        assertThat(ids).containsExactly("events", "control", "territory", "movements", "places");
        JsonNode events = json(get("/ogc/collections/events"));
        assertThat(events.path("title").asString()).isEqualTo("Conflict events");
        assertThat(events.path("extent").path("temporal").path("interval").get(0).toString())
                .isEqualTo("[\"2015-01-08T00:00:00Z\",\"2015-03-01T00:00:00Z\"]");
        assertThat(events.path("extent").path("spatial").path("bbox").get(0).get(0).asDouble()).isEqualTo(40.0);
        JsonNode queryables = json(get("/ogc/collections/events/queryables"));
        assertThat(queryables.path("properties").has("actor")).isTrue();
    }

    @Test
    void servesHtmlToBrowsersAndOnRequestWithEverythingEscaped() throws Exception {
        jdbc.sql("UPDATE event SET evidence_text = '<script>alert(1)</script>' WHERE id = 1").update();
        mvc.perform(get("/ogc/collections/events/items").param("f", "html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/ogc/collections").header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/ogc/collections").header(HttpHeaders.ACCEPT, "application/json"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get("/ogc").param("f", "html")).andExpect(content().string(containsString("href=\"http")));
    }

    @Test
    void answersRepeatedRequestsWithNotModified() throws Exception {
        var first = mvc.perform(get("/ogc/collections/events/items").param("datetime", "2015-01-08"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")))
                .andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        mvc.perform(get("/ogc/collections/events/items").param("datetime", "2015-01-08")
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified()).andExpect(content().string(""));
        mvc.perform(get("/ogc/collections/events/items").param("datetime", "2015-01-09")
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk());
        mvc.perform(get("/ogc/collections/events/items")
                        .header(HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
                .andExpect(status().isNotModified());
        mvc.perform(get("/ogc/collections/events/items")
                        .header(HttpHeaders.IF_MODIFIED_SINCE, "Sat, 01 Jan 2000 00:00:00 GMT"))
                .andExpect(status().isOk());
    }

    @Test
    void changesTheEtagWhenTheDataChanges() throws Exception {
        String before = mvc.perform(get("/ogc/collections/events/items")).andReturn().getResponse().getHeader("ETag");
        jdbc.sql("UPDATE event SET confidence = 0.95 WHERE id = 1").update();
        // events pages are cached like day slices: an in-place edit shows once announced, as every writer does
        events.publishEvent(new StoreChanged("analyst correction"));
        String after = mvc.perform(get("/ogc/collections/events/items")).andReturn().getResponse().getHeader("ETag");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void letsAnyOriginReadButNotWrite() throws Exception {
        mvc.perform(get("/ogc/collections/control/items").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
        mvc.perform(options("/ogc/collections/events/items").header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
        mvc.perform(options("/ogc/collections/events/items").header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        mvc.perform(post("/api/articles").header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        mvc.perform(get("/api/articles").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void namesTheParameterOfEveryBadQuery() throws Exception {
        String items = "/ogc/collections/events/items";
        expectProblem(get(items).param("datetime", "2016-13-45"), 400, "datetime");
        expectProblem(get(items).param("datetime", "../.."), 400, "datetime");
        expectProblem(get(items).param("datetime", "2016-02-01/2016-01-01"), 400, "datetime");
        expectProblem(get(items).param("bbox", "1,2,3"), 400, "bbox");
        expectProblem(get(items).param("bbox", "a,b,c,d"), 400, "bbox");
        expectProblem(get(items).param("bbox", "0,10,1,5"), 400, "bbox");
        expectProblem(get(items).param("bbox", "0,0,200,1"), 400, "bbox");
        expectProblem(get(items).param("bbox-crs", "EPSG:3857"), 400, "bbox-crs");
        expectProblem(get(items).param("limit", "-1"), 400, "limit");
        expectProblem(get(items).param("limit", "0"), 400, "limit");
        expectProblem(get(items).param("offset", "-5"), 400, "offset");
        expectProblem(get(items).param("filter", "1=1;DROP TABLE event"), 400, "filter");
        expectProblem(get(items).param("filter", "INTERSECTS("), 400, "filter");
        expectProblem(get(items).param("filter", "body = 'x'"), 400, "filter");
        expectProblem(get(items).param("filter", "actor = 'a'").param("filter-lang", "cql2-json"), 400, "filter-lang");
        expectProblem(get(items).param("faction", "Not An Id!"), 400, "faction");
        expectProblem(get(items).param("type", "picnic"), 400, "type");
        expectProblem(get(items).param("known_at", "x"), 400, "known_at");
        expectProblem(get(items).param("f", "xml"), 400, "f");
        expectProblem(get(items).param("datetme", "2015-01-01"), 400, "datetme");
        expectProblem(get(items).param("limit", "1").param("limit", "2"), 400, "limit");
        expectProblem(get("/ogc/collections/places/items").param("faction", "faction-a"), 400, "faction");
        expectProblem(get("/ogc/collections/nowhere/items"), 404, null);
        expectProblem(get("/ogc/collections/nowhere"), 404, null);
        expectProblem(get(items + "/999999"), 404, null);
        expectProblem(get(items + "/not-a-number"), 404, null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single()).isEqualTo(5);
    }
}
