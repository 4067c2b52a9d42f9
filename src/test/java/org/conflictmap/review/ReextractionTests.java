package org.conflictmap.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conflictmap.review.ReviewFixtures.ISIS;
import static org.conflictmap.review.ReviewFixtures.NORTH;
import static org.conflictmap.review.ReviewFixtures.WEST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Re-processing an article writes the machine-read events again; analyst decisions must survive it. */
class ReextractionTests extends ReviewApiTest {

    private void reprocess() {
        // what the event and control stages do when the article is processed again
        events.replaceForArticle(fixture.article().id(), ReviewFixtures.PUBLISHED, ReviewFixtures.machineEvents());
        control.process(fixture.article());
    }

    @Test
    void reprocessingKeepsEditedRejectedAndMergedEventsAsTheAnalystLeftThem() throws Exception {
        mvc.perform(as(json(patch("/api/events/{id}", fixture.capture()), body("it was Westbury").put("place", WEST)),
                ADMIN_TOKEN).header("If-Match", etag(fixture.capture()))).andExpect(status().isOk());
        mvc.perform(as(json(post("/api/events/{id}/reject", fixture.attack()), body("no bomb")), ADMIN_TOKEN)
                .header("If-Match", etag(fixture.attack()))).andExpect(status().isOk());

        reprocess();

        JsonNode capture = event(fixture.capture());
        assertThat(capture.path("place").path("id").asString()).isEqualTo(WEST);
        assertThat(capture.path("version").asInt()).isEqualTo(1);
        assertThat(event(fixture.attack()).path("status").asString()).isEqualTo("rejected");
        List<Long> live = feedEventIds();
        // the edited capture, and the untouched duplicate read again (under a new id); no second attack or capture
        assertThat(live).hasSize(2).contains(fixture.capture()).doesNotContain(fixture.attack());
        assertThat(read(get("/api/events").param("article", Long.toString(fixture.article().id())))).hasSize(3);
        assertThat(controlOn("2015-01-20")).containsEntry(WEST, ISIS).containsEntry(NORTH, ISIS);
    }

    @Test
    void reprocessingDoesNotBringBackEventsMergedAway() throws Exception {
        var merge = body("same capture");
        merge.putArray("duplicates").add(fixture.duplicate());
        mvc.perform(as(json(post("/api/events/{id}/merge", fixture.capture()), merge), ADMIN_TOKEN)
                .header("If-Match", etag(fixture.capture()))).andExpect(status().isOk());

        reprocess();

        assertThat(feedEventIds()).hasSize(2).contains(fixture.capture());
        assertThat(event(fixture.duplicate()).path("status").asString()).isEqualTo("merged");
    }
}
