package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** An instance without workers, so queued articles stay queued and the queue bound is reached. */
@SpringBootTest
@AutoConfigureMockMvc
class IngestLimitsApiTests {

    static final String TOKEN = "limits-test-token";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("conflictmap-limits-test");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> TOKEN);
        registry.add("conflictmap.demo.enabled", () -> "false");
        registry.add("conflictmap.ingest.workers", () -> "0");
        registry.add("conflictmap.ingest.max-queued", () -> "2");
        registry.add("conflictmap.ingest.max-wait", () -> "1s");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ArticleRepository articles;

    private org.springframework.test.web.servlet.ResultActions submit(String text) throws Exception {
        return mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + TOKEN)
                .content("{\"published\": \"2016-10-20\", \"text\": \"" + text + "\"}"));
    }

    @Test
    void refusesNewArticlesWith503WhileTheQueueIsFullAndStoresNothing() throws Exception {
        submit("The first convoy waited at the border.").andExpect(status().isAccepted());
        submit("The second convoy waited at the border.").andExpect(status().isAccepted());

        submit("The third convoy waited at the border.")
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Queue full"));
        assertThat(articles.count()).isEqualTo(2);

        submit("The first convoy waited at the border.").andExpect(status().isOk());
        mvc.perform(post("/api/articles?wait=true").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + TOKEN)
                        .content("{\"published\": \"2016-10-20\", \"text\": \"x\"}"))
                .andExpect(status().isServiceUnavailable());
    }
}
