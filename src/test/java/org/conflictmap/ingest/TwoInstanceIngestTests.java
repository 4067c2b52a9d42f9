package org.conflictmap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.conflictmap.persistence.PostgisDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of the real service, as child processes, on one PostGIS database: a thousand
 * dispatches about six towns go in through both, alternately, and each must come out processed
 * exactly once, by whichever instance claimed it, with every town's control timeline complete.
 */
@Tag("postgis")
class TwoInstanceIngestTests {

    static final int ARTICLES = Integer.getInteger("conflictmap.test.two-instance.articles", 1000);

    @RegisterExtension
    final PostgisDatabases databases = new PostgisDatabases();

    @TempDir
    Path dir;

    @Test
    void sharesTheQueueAndProcessesEveryArticleExactlyOnce() throws Exception {
        DataSource store = databases.create();
        String url = ((DriverManagerDataSource) store).getUrl();
        Path geodata = SmallGeodata.create(dir);
        try (ServerProcess a = ServerProcess.start(instance("a", url, geodata), ServerProcess.logFile("instance-a"));
             ServerProcess b = ServerProcess.start(instance("b", url, geodata), ServerProcess.logFile("instance-b"))) {
            a.awaitReady(Duration.ofSeconds(120));
            b.awaitReady(Duration.ofSeconds(120));
            List<ServerProcess> servers = List.of(a, b);
            IngestStream.Operation submit = IngestStream.submitDispatch("pair");
            IngestStream.Ledger ledger = new IngestStream.Ledger();
            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

            long start = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> sent = new java.util.ArrayList<>();
            for (int n = 0; n < ARTICLES; n++) {
                int number = n;
                ServerProcess server = servers.get(n % 2);
                sent.add(clients.submit(() -> {
                    HttpResponse<String> response = server.http().send(submit.request(server, number, ledger),
                            HttpResponse.BodyHandlers.ofString());
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    submit.acknowledged(number, response, ledger);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get(5, TimeUnit.MINUTES);
            }
            clients.shutdown();
            double submitted = (System.nanoTime() - start) / 1e9;
            awaitProcessed(store, Duration.ofMinutes(8));
            double processed = (System.nanoTime() - start) / 1e9;
            System.out.printf("two instances: %d articles accepted in %.1f s, all processed after %.1f s (%.1f articles/s)%n",
                    ARTICLES, submitted, processed, ARTICLES / processed);

            assertThat(statuses).containsOnlyKeys(202);
            StoreInvariants invariants = new StoreInvariants(store);
            invariants.acknowledgedArticlesStoredOnce(ledger.articleIdsByUrl);
            assertThat(ledger.articleIdsByUrl).hasSize(ARTICLES);
            assertThat(invariants.statuses()).containsExactly(Map.entry("done", (long) ARTICLES));
            JdbcClient jdbc = JdbcClient.create(store);
            assertThat(jdbc.sql("SELECT DISTINCT attempts FROM article").query(Integer.class).list()).containsExactly(1);
            Map<String, Long> byInstance = new HashMap<>();
            jdbc.sql("SELECT claimed_by FROM article").query(String.class).list()
                    .forEach(worker -> byInstance.merge(worker.substring(0, worker.indexOf('/')), 1L, Long::sum));
            System.out.println("two instances: articles processed per instance " + byInstance);
            assertThat(byInstance).containsOnlyKeys("a", "b");
            invariants.derivedDataOncePerDoneArticle(1);
            invariants.timelinesMatchARebuild(geodata);
        }
    }

    private Map<String, String> instance(String name, String url, Path geodata) {
        return Map.of(
                "spring.datasource.url", url,
                "conflictmap.data-dir", dir.resolve(name).toString(),
                "conflictmap.geodata", "file:" + geodata + "/",
                "conflictmap.ingest.instance-id", name,
                "conflictmap.ingest.poll", "200ms",
                "conflictmap.limits.writes-per-minute", "1000000");
    }

    private static void awaitProcessed(DataSource store, Duration timeout) throws InterruptedException {
        JdbcClient jdbc = JdbcClient.create(store);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM article WHERE status IN ('queued', 'processing')")
                .query(Long.class).single() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("articles still unfinished after " + timeout);
            }
            Thread.sleep(250);
        }
    }
}
