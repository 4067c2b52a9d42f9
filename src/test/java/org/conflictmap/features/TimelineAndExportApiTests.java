package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

class TimelineAndExportApiTests extends FeedApiTest {

    @Test
    void listsTheDaysWithEventsAndControlChanges() throws Exception {
        JsonNode days = json(get("/api/timeline").param("from", "2015-01-01").param("to", "2015-12-31")).path("days");
        assertThat(days.size()).isEqualTo(5);
        JsonNode jan8 = days.get(0);
        assertThat(jan8.path("date").asString()).isEqualTo("2015-01-08");
        assertThat(jan8.path("events").asInt()).isEqualTo(2);
        assertThat(jan8.path("types").path("capture").asInt()).isEqualTo(1);
        assertThat(jan8.path("types").path("withdrawal").asInt()).isEqualTo(1);
        assertThat(jan8.path("control_changes").asInt()).isEqualTo(1);
        JsonNode june1 = days.get(4);
        assertThat(june1.path("date").asString()).isEqualTo("2015-06-01");
        assertThat(june1.path("events").asInt()).isZero();
        assertThat(june1.path("control_changes").asInt()).isEqualTo(1);
        JsonNode factionB = json(get("/api/timeline").param("faction", "faction-b")).path("days");
        assertThat(factionB.toString()).contains("2014-06-01", "2015-01-09").doesNotContain("2015-02-20");
        expectProblem(get("/api/timeline").param("from", "2015-02-01").param("to", "2015-01-01"), 400, "to");
        expectProblem(get("/api/timeline").param("from", "yesterday"), 400, "from");
    }

    private List<CSVRecord> csv(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request).andReturn();
        String body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }

    @Test
    void exportsEventsAsAcledLikeCsv() throws Exception {
        List<CSVRecord> rows = csv(get("/api/exports/events.csv").param("datetime", "2015-01-01/2015-03-31")
                .param("faction", "faction-a,faction-c"));
        assertThat(rows).extracting(r -> r.get("event_id_cnty")).containsExactly("IRQ1", "IRQ3", "SYR4");
        CSVRecord first = rows.get(0);
        assertThat(first.get("event_date")).isEqualTo("2015-01-08");
        assertThat(first.get("year")).isEqualTo("2015");
        assertThat(first.get("time_precision")).isEqualTo("1");
        assertThat(first.get("event_type")).isEqualTo("capture");
        assertThat(first.get("actor1")).isEqualTo("faction-a");
        assertThat(first.get("actor2")).isEqualTo("faction-b");
        assertThat(first.get("country")).isEqualTo("Iraq");
        assertThat(first.get("admin1")).as("admin1 code 00 names no division").isEmpty();
        assertThat(first.get("location")).isEqualTo("Alpha");
        assertThat(first.get("latitude")).isEqualTo("36.0");
        assertThat(first.get("longitude")).isEqualTo("44.123457");
        assertThat(first.get("notes")).isEqualTo("Faction A took Alpha on Thursday.");
        assertThat(first.get("source_url")).isEqualTo("https://example.org/alpha");
        assertThat(rows.get(1).get("time_precision")).isEqualTo("2");
        expectProblem(get("/api/exports/events.csv").param("limit", "5"), 400, "limit");
        expectProblem(get("/api/exports/events.csv").param("datetime", "nope"), 400, "datetime");
    }

    @Test
    void publishesASelfContainedOpenApiDefinition() throws Exception {
        JsonNode api = json(get("/ogc/api"));
        assertThat(api.path("openapi").asString()).startsWith("3.0");
        assertThat(api.path("servers").get(0).path("url").asString()).isEqualTo("http://localhost/ogc");
        assertThat(api.path("paths").has("/collections/{collectionId}/items")).isTrue();
        assertThat(api.path("paths").path("/api/timeline").path("servers").get(0).path("url").asString())
                .isEqualTo("http://localhost/");
        assertThat(api.toString()).doesNotContain("\"$ref\":\"http");
        api.findValues("$ref").forEach(ref -> assertThat(ref.asString()).startsWith("#/components/"));
    }

    @Test
    void exportsEventsAsAGeoPackage() throws Exception {
        MvcResult started = mvc.perform(get("/api/exports/events.gpkg").param("faction", "faction-a")).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".gpkg");
        java.nio.file.Files.write(file, body);
        try (mil.nga.geopackage.GeoPackage gpkg = mil.nga.geopackage.GeoPackageManager.open(file.toFile())) {
            var dao = gpkg.getFeatureDao("events");
            assertThat(dao.count()).isEqualTo(2);
            var rows = dao.queryForAll();
            try {
                rows.moveToNext();
                var row = rows.getRow();
                assertThat(row.getValue("event_id")).isEqualTo(1L);
                assertThat(row.getValue("evidence")).isEqualTo("Faction A took Alpha on Thursday.");
                var point = (mil.nga.sf.Point) row.getGeometry().getGeometry();
                assertThat(point.getX()).isEqualTo(44.123457);
                assertThat(point.getY()).isEqualTo(36.0);
            } finally {
                rows.close();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
