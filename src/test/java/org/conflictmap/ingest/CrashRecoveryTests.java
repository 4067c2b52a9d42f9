package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real service, as a child process on an H2GIS file store, SIGKILLed at random moments while
 * clients stream articles and analyst edits into it (and now and then while it starts), then restarted
 * on the same data. Nothing a client was told is stored may be lost or doubled, no edit may be half
 * applied, and the queue must recover.
 * {@code -Dconflictmap.test.crash.trials=N} changes the number of kills (20).
 */
@Tag("crash")
class CrashRecoveryTests {

    static final int TRIALS = Integer.getInteger("conflictmap.test.crash.trials", 20);

    @TempDir
    Path dir;

    @Test
    void keepsEveryAcknowledgedArticleAndEditOnceAndFinishesTheQueueAfterRepeatedKills() throws Exception {
        Path geodata = SmallGeodata.create(dir);
        Path data = dir.resolve("data");
        Path log = ServerProcess.logFile("crash-recovery");
        Map<String, String> properties = Map.of(
                "conflictmap.data-dir", data.toString(),
                "conflictmap.geodata", "file:" + geodata + "/",
                "conflictmap.ingest.poll", "200ms",
                // kills interrupt attempts; none of those may fail an article here
                "conflictmap.ingest.max-attempts", "100",
                "conflictmap.limits.writes-per-minute", "1000000");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        IngestStream.Ledger ledger = new IngestStream.Ledger();
        AtomicInteger next = new AtomicInteger();
        // two dispatches, then an analyst confirming an event of an acknowledged one
        List<IngestStream.Operation> operations = List.of(IngestStream.submitDispatch("crash"),
                IngestStream.submitDispatch("crash"), IngestStream.confirmEvent("crash"));

        for (int trial = 1; trial <= TRIALS; trial++) {
            try (ServerProcess server = ServerProcess.start(properties, log)) {
                if (trial % 5 == 0) {
                    Thread.sleep(500 + random.nextInt(4000));
                    server.kill();
                    continue;
                }
                server.awaitReady(Duration.ofSeconds(120));
                IngestStream stream = new IngestStream(operations, ledger, next).start(server, 2);
                Thread.sleep(100 + random.nextInt(2500));
                server.kill();
                stream.stop();
            }
        }

        try (ServerProcess server = ServerProcess.start(properties, log)) {
            server.awaitReady(Duration.ofSeconds(120));
            awaitQueueEmpty(server, Duration.ofSeconds(120));
            server.stop();
        }

        List<String> edits = ledger.other.getOrDefault("edits", List.of());
        System.out.printf("crash recovery: %d kills, %d articles and %d edits acknowledged, %d writes refused%n",
                TRIALS, ledger.articleIdsByUrl.size(), edits.size(), ledger.refused.get());
        StoreInvariants store = new StoreInvariants(new DriverManagerDataSource(
                "jdbc:h2:file:" + data.resolve("conflictmap"), "sa", ""));
        String context = "seed " + seed + ", log " + log;
        assertThat(ledger.articleIdsByUrl).as(context).hasSizeGreaterThan(TRIALS);
        store.acknowledgedArticlesStoredOnce(ledger.articleIdsByUrl);
        assertThat(edits).as(context).isNotEmpty();
        store.acknowledgedEditsStoredOnce(edits, "crash edit ");
        System.out.println("crash recovery: article statuses after recovery " + store.statuses());
        assertThat(store.statuses()).as(context).containsOnlyKeys("done");
        store.derivedDataOncePerDoneArticle(1);
        store.timelinesMatchARebuild(geodata);
    }

    /** Waits until no article is queued or processing, reading the service's own article list. */
    static void awaitQueueEmpty(ServerProcess server, Duration timeout) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            boolean unfinished = false;
            int offset = 0;
            int total;
            do {
                HttpResponse<String> page = server.http().send(HttpRequest.newBuilder(
                        server.uri("/api/articles?limit=500&offset=" + offset)).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode body = json.readTree(page.body());
                total = body.get("total").asInt();
                for (JsonNode item : body.get("items")) {
                    String status = item.get("status").asString();
                    unfinished |= status.equals("queued") || status.equals("processing");
                }
                offset += 500;
            } while (offset < total);
            if (!unfinished) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("articles still unfinished after " + timeout);
            }
            Thread.sleep(500);
        }
    }
}
