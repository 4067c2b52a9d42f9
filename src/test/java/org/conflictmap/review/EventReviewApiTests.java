package org.conflictmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.review.ReviewFixtures.GOVERNMENT;
import static org.conflictmap.review.ReviewFixtures.ISIS;
import static org.conflictmap.review.ReviewFixtures.MISSED_SENTENCE;
import static org.conflictmap.review.ReviewFixtures.NORTH;
import static org.conflictmap.review.ReviewFixtures.SOUTH;
import static org.conflictmap.review.ReviewFixtures.WEST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventReviewApiTests extends ReviewApiTest {

    private MockHttpServletRequestBuilder edit(MockHttpServletRequestBuilder request, long id, JsonNode body)
            throws Exception {
        return as(json(request, body), ADMIN_TOKEN).header("If-Match", etag(id));
    }

    @Test
    void rejectedEventLeavesTheFeedsAndControlButStaysInReview() throws Exception {
        assertThat(controlOn("2015-01-20")).containsEntry(NORTH, ISIS);

        mvc.perform(edit(post("/api/events/{id}/reject", fixture.capture()), fixture.capture(), body("misread")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("rejected"));
        mvc.perform(edit(post("/api/events/{id}/reject", fixture.duplicate()), fixture.duplicate(), body("same story")))
                .andExpect(status().isOk());

        assertThat(feedEventIds()).containsExactly(fixture.attack());
        assertThat(controlOn("2015-01-20")).doesNotContainKey(NORTH);
        assertThat(event(fixture.capture()).path("status").asString()).isEqualTo("rejected");
        assertThat(read(get("/api/events").param("article", Long.toString(fixture.article().id())))).hasSize(3);
    }

    @Test
    void changingThePlaceMovesControlToTheNewPlace() throws Exception {
        mvc.perform(edit(post("/api/events/{id}/reject", fixture.duplicate()), fixture.duplicate(), body("duplicate")));

        mvc.perform(edit(patch("/api/events/{id}", fixture.capture()), fixture.capture(),
                        body("the town is Westbury").put("place", WEST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.id").value(WEST))
                .andExpect(jsonPath("$.place.surface").value("Northtown"))
                .andExpect(jsonPath("$.status").value("confirmed"))
                .andExpect(jsonPath("$.origin").value("analyst"));

        assertThat(controlOn("2015-01-20")).containsEntry(WEST, ISIS).doesNotContainKey(NORTH);
    }

    @Test
    void changingTypeActorAndDateChangesControl() throws Exception {
        mvc.perform(edit(patch("/api/events/{id}", fixture.attack()), fixture.attack(),
                        body("the bomb came with a takeover").put("type", "capture").put("actor", GOVERNMENT)
                                .put("date", "2015-01-15").put("datePrecision", "week")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("capture"))
                .andExpect(jsonPath("$.datePrecision").value("week"));

        assertThat(controlOn("2015-01-20")).containsEntry(SOUTH, GOVERNMENT);
        assertThat(controlOn("2015-01-05")).doesNotContainKey(SOUTH);
    }

    @Test
    void addedEventCitesTheArticleSpanAndTakesPartInControl() throws Exception {
        int start = ReviewFixtures.start(MISSED_SENTENCE);
        ObjectNode added = body("extractor missed the retaking").put("article", fixture.article().id())
                .put("start", start).put("end", ReviewFixtures.end(MISSED_SENTENCE)).put("place", WEST)
                .put("type", "capture").put("actor", GOVERNMENT).put("date", "2015-02-03");

        String location = mvc.perform(as(json(post("/api/events"), added), ADMIN_TOKEN))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evidence.text").value(MISSED_SENTENCE))
                .andExpect(jsonPath("$.place.surface").value("Westbury"))
                .andExpect(jsonPath("$.origin").value("analyst"))
                .andReturn().getResponse().getHeader("Location");

        assertThat(location).startsWith("/api/events/");
        assertThat(controlOn("2015-02-10")).containsEntry(WEST, GOVERNMENT);
        assertThat(feedEventIds()).hasSize(4);
    }

    @Test
    void refusesAnAddedEventWithOffsetsOutsideTheText() throws Exception {
        ObjectNode added = body("bad span").put("article", fixture.article().id()).put("start", 5)
                .put("end", ReviewFixtures.TEXT.length() + 1).put("place", WEST).put("type", "capture")
                .put("actor", GOVERNMENT).put("date", "2015-02-03");
        expectProblem(as(json(post("/api/events"), added), ADMIN_TOKEN), 400, "end");
        expectProblem(as(json(post("/api/events"), added.put("start", 10).put("end", 10)), ADMIN_TOKEN), 400, "end");
        expectProblem(as(json(post("/api/events"), added.put("article", 999999)), ADMIN_TOKEN), 400, "article");

        assertThat(feedEventIds()).hasSize(3);
    }

    @Test
    void mergingKeepsOneSurvivorAndMarksTheOthers() throws Exception {
        ObjectNode merge = body("same capture told twice");
        merge.putArray("duplicates").add(fixture.duplicate());

        mvc.perform(edit(post("/api/events/{id}/merge", fixture.capture()), fixture.capture(), merge))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("confirmed"));

        JsonNode duplicate = event(fixture.duplicate());
        assertThat(duplicate.path("status").asString()).isEqualTo("merged");
        assertThat(duplicate.path("mergedInto").asLong()).isEqualTo(fixture.capture());
        assertThat(feedEventIds()).containsExactlyInAnyOrder(fixture.capture(), fixture.attack());
        assertThat(controlOn("2015-01-20")).containsEntry(NORTH, ISIS);
    }

    @Test
    void revertingAMergeBringsTheDuplicatesBack() throws Exception {
        ObjectNode merge = body("same capture told twice");
        merge.putArray("duplicates").add(fixture.duplicate());
        mvc.perform(edit(post("/api/events/{id}/merge", fixture.capture()), fixture.capture(), merge));
        long revision = read(get("/api/events/{id}/history", fixture.capture())).get(0).path("id").asLong();

        mvc.perform(edit(post("/api/events/{id}/revert", fixture.capture()), fixture.capture(),
                        body("they were two captures").put("revision", revision)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("unreviewed"));

        assertThat(event(fixture.duplicate()).path("status").asString()).isEqualTo("unreviewed");
        assertThat(feedEventIds()).containsExactlyInAnyOrder(fixture.capture(), fixture.attack(), fixture.duplicate());
        assertThat(read(get("/api/events/{id}/history", fixture.duplicate()))).hasSize(2);
    }

    @Test
    void contestMarkShowsInTheControlTimelineUntilWithdrawn() throws Exception {
        ObjectNode mark = body("both sides report street fighting").put("from", "2015-01-15").put("to", "2015-01-17");

        JsonNode created = read(as(json(post("/api/places/{id}/contests", NORTH), mark), ADMIN_TOKEN));

        assertThat(controlOn("2015-01-16")).containsEntry(NORTH, ISIS + " (contested)");
        assertThat(controlOn("2015-01-17")).containsEntry(NORTH, ISIS + " (contested)");
        assertThat(controlOn("2015-01-18")).containsEntry(NORTH, ISIS);
        JsonNode contested = null;
        for (JsonNode interval : read(get("/api/places/{id}/control", NORTH))) {
            if (interval.path("contested").asBoolean()) {
                contested = interval;
            }
        }
        assertThat(contested).isNotNull();
        assertThat(contested.path("from").asString()).isEqualTo("2015-01-15");
        assertThat(contested.path("to").asString()).isEqualTo("2015-01-18");
        assertThat(contested.path("contest").get(0).path("kind").asString()).isEqualTo("REVIEW");
        assertThat(contested.path("contest").get(0).path("evidence").path("text").asString())
                .isEqualTo("admin: both sides report street fighting");

        mvc.perform(as(json(post("/api/contests/{id}/withdraw", created.path("id").asLong()), body("retracted")),
                ADMIN_TOKEN)).andExpect(status().isOk()).andExpect(jsonPath("$.withdrawn").value(true));
        assertThat(controlOn("2015-01-16")).containsEntry(NORTH, ISIS);
    }

    @Test
    void historyRecordsEveryEditAndRevertRestoresTheEarlierState() throws Exception {
        long id = fixture.capture();
        mvc.perform(edit(post("/api/events/{id}/reject", id), id, body("looked wrong"))).andExpect(status().isOk());
        long rejection = read(get("/api/events/{id}/history", id)).get(0).path("id").asLong();

        mvc.perform(edit(post("/api/events/{id}/revert", id), id, body("it was right").put("revision", rejection)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("unreviewed"))
                .andExpect(header().string("ETag", "\"2\""));

        JsonNode history = read(get("/api/events/{id}/history", id));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("action").asString()).isEqualTo("reject");
        assertThat(history.get(0).path("author").asString()).isEqualTo("admin");
        assertThat(history.get(0).path("reason").asString()).isEqualTo("looked wrong");
        assertThat(history.get(0).path("before").path("status").asString()).isEqualTo("unreviewed");
        assertThat(history.get(0).path("after").path("status").asString()).isEqualTo("rejected");
        assertThat(history.get(1).path("action").asString()).isEqualTo("revert");
        assertThat(feedEventIds()).contains(id);
    }

    @Test
    void secondAnalystWorkingFromAStaleVersionIsRefused() throws Exception {
        long id = fixture.attack();
        String seen = etag(id);
        mvc.perform(as(json(post("/api/events/{id}/confirm", id), body("checked")), ADMIN_TOKEN).header("If-Match", seen))
                .andExpect(status().isOk());

        expectProblem(as(json(post("/api/events/{id}/reject", id), body("looks wrong")), ADMIN_TOKEN)
                .header("If-Match", seen), 412, "If-Match");
        expectProblem(as(json(post("/api/events/{id}/reject", id), body("no version")), ADMIN_TOKEN), 428, "If-Match");
        mvc.perform(as(json(post("/api/events/{id}/reject", id), body("from the body").put("version", 0)), ADMIN_TOKEN))
                .andExpect(status().is(412));

        assertThat(event(id).path("status").asString()).isEqualTo("confirmed");
        assertThat(read(get("/api/events/{id}/history", id))).hasSize(1);
    }

    @Test
    void refusesBadEditsNamingTheFieldAndChangesNothing() throws Exception {
        long id = fixture.capture();
        expectProblem(edit(post("/api/events/{id}/reject", id), id, body(null)), 400, "reason");
        expectProblem(edit(post("/api/events/{id}/reject", id), id, body("  ")), 400, "reason");
        expectProblem(edit(patch("/api/events/{id}", id), id, body("x").put("place", "no-such-place")), 400, "place");
        expectProblem(edit(patch("/api/events/{id}", id), id, body("x").put("type", "picnic")), 400, "type");
        expectProblem(edit(patch("/api/events/{id}", id), id, body("x").put("actor", "nobody")), 400, "actor");
        expectProblem(edit(patch("/api/events/{id}", id), id, body("x").put("date", "2015-02-30")), 400, "date");
        expectProblem(edit(patch("/api/events/{id}", id), id, body("x").put("datePrecision", "hour")), 400, "datePrecision");
        expectProblem(edit(patch("/api/events/{id}", id), id, body("x")), 400, "body");
        expectProblem(edit(post("/api/events/{id}/revert", id), id, body("x").put("revision", 424242)), 400, "revision");
        ObjectNode merge = body("x");
        merge.putArray("duplicates").add(fixture.attack()).add(987654);
        expectProblem(edit(post("/api/events/{id}/merge", id), id, merge), 400, "duplicates");
        expectProblem(as(json(post("/api/events/{id}/confirm", 987654), body("x")), ADMIN_TOKEN)
                .header("If-Match", "\"0\""), 404, null);
        expectProblem(as(json(post("/api/places/{id}/contests", "no-such-place"),
                body("x").put("from", "2015-01-01").put("to", "2015-01-02")), ADMIN_TOKEN), 404, null);
        expectProblem(as(json(post("/api/places/{id}/contests", NORTH),
                body("x").put("from", "2015-01-05").put("to", "2015-01-02")), ADMIN_TOKEN), 400, "to");
        mvc.perform(as(post("/api/events/{id}/confirm", id).contentType("application/json").content("{oops"),
                ADMIN_TOKEN)).andExpect(status().isBadRequest());
        expectProblem(get("/api/events/{id}", "abc"), 400, "id");
        expectProblem(get("/api/events/{id}/history", 987654), 404, null);
        mvc.perform(get("/api/events")).andExpect(status().is4xxClientError());
        expectProblem(as(json(post("/api/events/{id}/confirm", "abc"), body("x")), ADMIN_TOKEN), 400, "id");

        assertThat(event(id).path("version").asInt()).isZero();
        assertThat(event(fixture.attack()).path("status").asString()).isEqualTo("unreviewed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM revision").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contest_mark").query(Long.class).single()).isZero();
        assertThat(controlOn("2015-01-20")).containsEntry(NORTH, ISIS);
    }
}
