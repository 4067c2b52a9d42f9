package org.conflictmap.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ArticleApiTests {

    static final String TOKEN = "test-admin-token";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("conflictmap-api-test");
        registry.add("conflictmap.data-dir", dir::toString);
        registry.add("conflictmap.admin-token", () -> TOKEN);
        registry.add("conflictmap.demo.enabled", () -> "false");
        registry.add("conflictmap.ingest.max-text-bytes", () -> "2000");
        registry.add("conflictmap.max-request-bytes", () -> "20000");
        // the first article waits for the full gazetteer, which a busy machine loads slowly
        registry.add("conflictmap.ingest.max-wait", () -> "120s");
    }

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleCompletion completion;

    private static MockHttpServletRequestBuilder submit(String body) {
        return post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Authorization", "Bearer " + TOKEN);
    }

    private static String article(String url, String text) {
        return JsonMapper.builder().build().createObjectNode().put("title", "Checkpoint moved").put("source", "Test Wire")
                .put("url", url).put("published", "2016-10-20").put("text", text).toString();
    }

    @Test
    void refusesWritesWithoutATokenAndStoresNothing() throws Exception {
        long before = articles.count();
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .content(article(null, "No token here.")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer wrong-token").content(article(null, "Wrong token.")))
                .andExpect(status().isUnauthorized());
        org.assertj.core.api.Assertions.assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void queuesAnArticleAndAnswers202WithWhereToFollowIt() throws Exception {
        MvcResult accepted = mvc.perform(submit(article("https://example.org/news/q", "The ferry resumed service.")))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/articles/\\d+")))
                .andExpect(jsonPath("$.status").value("queued"))
                .andReturn();
        long id = JsonMapper.builder().build().readTree(accepted.getResponse().getContentAsString()).get("id").asLong();

        org.assertj.core.api.Assertions.assertThat(completion.await(id, java.time.Duration.ofSeconds(120)))
                .hasValueSatisfying(a -> org.assertj.core.api.Assertions.assertThat(a.status()).isEqualTo(ArticleStatus.DONE));
        mvc.perform(get(accepted.getResponse().getHeader("Location"))).andExpect(jsonPath("$.status").value("done"));
    }

    @Test
    void waitsForProcessingWhenThePreferHeaderAsks() throws Exception {
        mvc.perform(submit(article(null, "The ferry was suspended again.")).header("Prefer", "respond-async, wait=90"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Preference-Applied", "wait=90"))
                .andExpect(jsonPath("$.status").value("done"));
        expectProblem(post("/api/articles?wait=maybe").contentType(MediaType.APPLICATION_JSON)
                .content(article(null, "Never stored.")).header("Authorization", "Bearer " + TOKEN), 400, "wait");
    }

    @Test
    void storesAnArticleAndReportsItDone() throws Exception {
        MvcResult created = mvc.perform(submit(article("https://example.org/news/1", "A convoy reached the town."))
                        .param("wait", "true"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("done"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(get(location)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Checkpoint moved"))
                .andExpect(jsonPath("$.published").value("2016-10-20"))
                .andExpect(jsonPath("$.status").value("done"))
                .andExpect(jsonPath("$.mentions").isArray())
                .andExpect(jsonPath("$.events").isArray());
        mvc.perform(get(location).param("text", "true"))
                .andExpect(jsonPath("$.text").value("A convoy reached the town."));
    }

    @Test
    void returnsTheExistingArticleForTheSameUrlOrText() throws Exception {
        String first = mvc.perform(submit(article("https://example.org/news/2", "The market reopened on Monday.")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = JsonMapper.builder().build().readTree(first).get("id").asLong();

        mvc.perform(submit(article("https://example.org/news/2", "Edited copy of the story.")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(submit(article("https://mirror.example.net/x", "the market  reopened\non Monday. ")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void namesTheFieldOfEveryBadInput() throws Exception {
        expectProblem(submit("{\"title\": \"unterminated"), 400, "body");
        expectProblem(submit("[\"not\", \"an\", \"object\"]"), 400, "body");
        expectProblem(submit("{\"published\": \"2016-10-20\", \"text\": \"   \"}"), 400, "text");
        expectProblem(submit("{\"published\": \"2016-10-20\"}"), 400, "text");
        expectProblem(submit(article(null, "x".repeat(2001))), 413, "text");
        expectProblem(submit("{\"published\": \"2016-02-30\", \"text\": \"x\"}"), 400, "published");
        expectProblem(submit("{\"published\": \"2999-01-01\", \"text\": \"x\"}"), 400, "published");
        expectProblem(submit("{\"published\": \"2016-01-01\", \"text\": \"x\", \"url\": 7}"), 400, "url");
    }

    @Test
    void refusesABodyOverTheRequestLimitBeforeReadingIt() throws Exception {
        expectProblem(submit(article(null, "y".repeat(30000))), 413, "body");
    }

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() throws Exception {
        byte[] body = article(null, "z".repeat(30000)).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        long before = articles.count();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(response.body()).contains("\"field\":\"body\"");
        org.assertj.core.api.Assertions.assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void refusesAWrongContentType() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.TEXT_PLAIN).content("Mosul")
                        .header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void listsArticlesWithTheTotal() throws Exception {
        mvc.perform(submit(article(null, "First listed story.")));
        mvc.perform(submit(article(null, "Second listed story.")));

        mvc.perform(get("/api/articles").param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(equalTo((int) articles.count())))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].text").doesNotExist());
        expectProblem(get("/api/articles").param("limit", "0"), 400, "limit");
        expectProblem(get("/api/articles").param("offset", "-3"), 400, "offset");
    }

    @Test
    void answersUnknownArticlesWith404() throws Exception {
        mvc.perform(get("/api/articles/987654")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/articles/..%2F..%2Fetc")).andExpect(status().is4xxClientError())
                .andExpect(status().is(not(500)));
    }

    private void expectProblem(MockHttpServletRequestBuilder request, int status, String field) throws Exception {
        long before = articles.count();
        mvc.perform(request).andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
        org.assertj.core.api.Assertions.assertThat(articles.count()).isEqualTo(before);
    }
}
