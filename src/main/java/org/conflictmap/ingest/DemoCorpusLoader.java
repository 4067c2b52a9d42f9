package org.conflictmap.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.conflictmap.system.ConflictMapProperties;
import org.conflictmap.system.RetryLaterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * On the first start with an empty store, ingests the demo corpus ({@code <geodata>/demo/docs/*.txt}
 * with their {@code .json} sidecars) through the normal intake, so the map has something to show.
 * Queues them from a background thread after start-up (the ingest workers process them); switched
 * off with {@code conflictmap.demo.enabled=false}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "conflictmap.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoCorpusLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCorpusLoader.class);

    private final ArticleRepository articles;
    private final ArticleIntake intake;
    private final ArticleSubmissionReader reader;
    private final ResourcePatternResolver resources;
    private final ObjectMapper json;
    private final String geodata;

    DemoCorpusLoader(ArticleRepository articles, ArticleIntake intake, ArticleSubmissionReader reader,
                     ResourcePatternResolver resources, ObjectMapper json, ConflictMapProperties properties) {
        this.articles = articles;
        this.intake = intake;
        this.reader = reader;
        this.resources = resources;
        this.json = json;
        this.geodata = properties.geodata().endsWith("/") ? properties.geodata() : properties.geodata() + "/";
    }

    /** Starts loading on a thread of its own, so the service is ready while the corpus goes in. */
    @Override
    public void run(ApplicationArguments args) {
        if (articles.count() > 0) {
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                load();
            } catch (IOException | RuntimeException e) {
                log.error("demo corpus: loading stopped", e);
            }
        }, "demo-corpus");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() throws IOException {
        Resource[] texts;
        try {
            texts = resources.getResources(geodata + "demo/docs/*.txt");
        } catch (FileNotFoundException e) {
            texts = new Resource[0];
        }
        Arrays.sort(texts, Comparator.comparing(Resource::getFilename));
        int loaded = 0;
        for (Resource text : texts) {
            Resource sidecar = text.createRelative(text.getFilename().replaceFirst("\\.txt$", ".json"));
            var body = json.createObjectNode();
            if (sidecar.exists()) {
                JsonNode meta = readJson(sidecar);
                for (String field : new String[] {"title", "source", "url", "published"}) {
                    if (meta.has(field)) {
                        body.set(field, meta.get(field));
                    }
                }
            }
            body.put("text", read(text));
            submit(reader.read(body));
            loaded++;
        }
        log.info("demo corpus: {} articles queued from {}demo/docs", loaded, geodata);
    }

    /** Queues one article, waiting while the queue is full. */
    private void submit(ArticleSubmission submission) {
        while (true) {
            try {
                intake.submit(submission);
                return;
            } catch (RetryLaterException full) {
                try {
                    Thread.sleep(full.retryAfterSeconds() * 1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw full;
                }
            }
        }
    }

    private JsonNode readJson(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return json.readTree(in);
        }
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
