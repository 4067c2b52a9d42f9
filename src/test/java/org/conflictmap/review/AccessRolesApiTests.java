package org.conflictmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/** Who may do what: readers (no token), analysts, admins, and revoked tokens, on every write. */
class AccessRolesApiTests extends ReviewApiTest {

    private int statusOf(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(as(request, token)).andReturn().getResponse().getStatus();
    }

    private MockHttpServletRequestBuilder confirm(long id) throws Exception {
        return json(post("/api/events/{id}/confirm", id), body("checked")).header("If-Match", etag(id));
    }

    @Test
    void readersMayOnlyRead() throws Exception {
        assertThat(statusOf(get("/api/events/{id}", fixture.capture()), null)).isEqualTo(200);
        assertThat(statusOf(get("/api/events/{id}/history", fixture.capture()), null)).isEqualTo(200);
        assertThat(statusOf(confirm(fixture.capture()), null)).isEqualTo(401);
        assertThat(statusOf(json(post("/api/articles"), JSON.createObjectNode()), null)).isEqualTo(401);
        assertThat(statusOf(json(post("/api/places/{id}/contests", ReviewFixtures.NORTH), body("x")), null)).isEqualTo(401);
        assertThat(statusOf(get("/api/tokens"), null)).isEqualTo(401);
        assertThat(statusOf(json(post("/api/tokens"), JSON.createObjectNode().put("name", "x").put("role", "admin")), null))
                .isEqualTo(401);
        assertThat(statusOf(delete("/api/tokens/1"), null)).isEqualTo(401);
        assertThat(statusOf(confirm(fixture.capture()), "not-a-token")).isEqualTo(401);
        assertThat(event(fixture.capture()).path("status").asString()).isEqualTo("unreviewed");
    }

    @Test
    void analystsReviewAndSubmitButCannotManageTokens() throws Exception {
        String analyst = issue("rana", "analyst");

        assertThat(statusOf(confirm(fixture.capture()), analyst)).isEqualTo(200);
        // an empty article is refused for what it is (400), not for who sent it
        assertThat(statusOf(json(post("/api/articles"), JSON.createObjectNode()), analyst)).isEqualTo(400);
        assertThat(statusOf(get("/api/tokens"), analyst)).isEqualTo(403);
        assertThat(statusOf(json(post("/api/tokens"), JSON.createObjectNode().put("name", "mine").put("role", "admin")),
                analyst)).isEqualTo(403);
        assertThat(statusOf(delete("/api/tokens/1"), analyst)).isEqualTo(403);

        JsonNode history = read(get("/api/events/{id}/history", fixture.capture()));
        assertThat(history.get(0).path("author").asString()).isEqualTo("rana");
    }

    @Test
    void namedAdminsManageTokensAndListThemWithoutSecrets() throws Exception {
        String admin = issue("omar", "admin");

        mvc.perform(as(json(post("/api/tokens"), JSON.createObjectNode().put("name", "lina").put("role", "analyst")),
                        admin))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.createdBy").value("omar"))
                .andExpect(jsonPath("$.token").isString());
        String list = mvc.perform(as(get("/api/tokens"), admin)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].name").value("lina"))
                .andExpect(jsonPath("$[1].role").value("analyst"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("token\"").doesNotContain("hash");
        assertThat(statusOf(confirm(fixture.attack()), admin)).isEqualTo(200);
    }

    @Test
    void revokedTokensAreRefused() throws Exception {
        String analyst = issue("sami", "analyst");
        long id = read(as(get("/api/tokens"), ADMIN_TOKEN)).get(0).path("id").asLong();

        mvc.perform(as(delete("/api/tokens/{id}", id), ADMIN_TOKEN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedBy").value("admin"));

        assertThat(statusOf(confirm(fixture.capture()), analyst)).isEqualTo(401);
        assertThat(read(as(get("/api/tokens"), ADMIN_TOKEN)).get(0).path("revoked").isNull()).isFalse();
        assertThat(statusOf(delete("/api/tokens/424242"), ADMIN_TOKEN)).isEqualTo(404);
    }

    @Test
    void refusesBadTokenRequestsNamingTheField() throws Exception {
        issue("nadia", "analyst");
        expectProblem(as(json(post("/api/tokens"), JSON.createObjectNode().put("name", "nadia").put("role", "analyst")),
                ADMIN_TOKEN), 409, "name");
        expectProblem(as(json(post("/api/tokens"), JSON.createObjectNode().put("name", "admin").put("role", "admin")),
                ADMIN_TOKEN), 409, "name");
        expectProblem(as(json(post("/api/tokens"), JSON.createObjectNode().put("name", "x y").put("role", "analyst")),
                ADMIN_TOKEN), 400, "name");
        expectProblem(as(json(post("/api/tokens"), JSON.createObjectNode().put("name", "zed").put("role", "reader")),
                ADMIN_TOKEN), 400, "role");
        assertThat(read(as(get("/api/tokens"), ADMIN_TOKEN))).hasSize(1);
    }
}
