package org.conflictmap.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.conflictmap.events.EventRepository;
import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.ingest.ArticleRepository;
import org.conflictmap.territory.ControlRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Spring context shared by the review API tests: the fixture article reloaded before each test. */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ReviewApiTest {

    static final String ADMIN_TOKEN = "review-test-admin-token";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("conflictmap-review-test");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> ADMIN_TOKEN);
        registry.add("conflictmap.demo.enabled", () -> "false");
        // the fixture writes its article's results itself: no worker may claim it meanwhile
        registry.add("conflictmap.ingest.workers", () -> "0");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    PlaceRepository places;

    @Autowired
    EventRepository events;

    @Autowired
    ControlRecorder control;

    ReviewFixtures.Loaded fixture;

    @BeforeEach
    void loadFixture() {
        fixture = ReviewFixtures.load(jdbc, articles, places, events, control);
    }

    static ObjectNode body(String reason) {
        ObjectNode body = JSON.createObjectNode();
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, JsonNode body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body.toString());
    }

    JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return JSON.readTree(mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse()
                .getContentAsString());
    }

    JsonNode event(long id) throws Exception {
        return read(get("/api/events/{id}", id));
    }

    String etag(long id) throws Exception {
        return mvc.perform(get("/api/events/{id}", id)).andReturn().getResponse().getHeader("ETag");
    }

    /** Place id to controller (with " (contested)" when so) on {@code day}, from the control feed. */
    Map<String, String> controlOn(String day) throws Exception {
        Map<String, String> byPlace = new LinkedHashMap<>();
        for (JsonNode f : read(get("/ogc/collections/control/items").param("datetime", day)).path("features")) {
            JsonNode p = f.path("properties");
            byPlace.put(p.path("place").path("id").asString(),
                    p.path("controller").asString() + (p.path("contested").asBoolean() ? " (contested)" : ""));
        }
        return byPlace;
    }

    /** Ids of the events the events feed serves. */
    java.util.List<Long> feedEventIds() throws Exception {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode f : read(get("/ogc/collections/events/items").param("limit", "100")).path("features")) {
            ids.add(Long.parseLong(f.path("id").asString()));
        }
        return ids;
    }

    ResultActions expectProblem(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
        ResultActions result = mvc.perform(request).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        if (field != null) {
            result.andExpect(jsonPath("$.field").value(field));
        }
        return result;
    }

    /** Issues a named token through the admin API and returns its secret. */
    String issue(String name, String role) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("role", role);
        return read(as(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tokens"), body),
                ADMIN_TOKEN)).path("token").asString();
    }
}
