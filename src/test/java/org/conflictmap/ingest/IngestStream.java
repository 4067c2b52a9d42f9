package org.conflictmap.ingest;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes sent to a running server by a few client threads until stopped, recording what the server
 * acknowledged. The writes come from a list of {@link Operation}s taken in turn, so other kinds of
 * write (analyst edits, say) join the stream by adding an operation that records its own
 * acknowledgements in the {@link Ledger}, and a check of them after recovery.
 */
final class IngestStream {

    /** One kind of write. */
    interface Operation {

        /** The request for the {@code n}-th write of the stream, or null to skip this turn. */
        HttpRequest request(ServerProcess server, int n, Ledger ledger);

        /** Records a 2xx answer to that request. */
        void acknowledged(int n, HttpResponse<String> response, Ledger ledger);
    }

    /** What the servers acknowledged, across runs. Thread-safe. */
    static final class Ledger {
        final Map<String, Long> articleIdsByUrl = new ConcurrentHashMap<>();
        final Map<String, List<String>> other = new ConcurrentHashMap<>();
        final AtomicInteger refused = new AtomicInteger();
    }

    /** Submits fixture dispatch {@code n} of {@code run}; any of 200, 201 and 202 acknowledges it. */
    static Operation submitDispatch(String run) {
        JsonMapper json = JsonMapper.builder().build();
        return new Operation() {
            @Override
            public HttpRequest request(ServerProcess server, int n, Ledger ledger) {
                return HttpRequest.newBuilder(server.uri("/api/articles")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + ServerProcess.TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(FixtureReports.body(run, n))).build();
            }

            @Override
            public void acknowledged(int n, HttpResponse<String> response, Ledger ledger) {
                ledger.articleIdsByUrl.put(FixtureReports.url(run, n), json.readTree(response.body()).get("id").asLong());
            }
        };
    }

    /**
     * Confirms an event of an acknowledged article, as an analyst would: reads the article's events,
     * then posts the confirmation of one at the version read, with a reason unique to this write
     * ({@code "<run> edit <n>"}) that the ledger keeps under {@code "edits"} once acknowledged.
     */
    static Operation confirmEvent(String run) {
        JsonMapper json = JsonMapper.builder().build();
        return new Operation() {
            @Override
            public HttpRequest request(ServerProcess server, int n, Ledger ledger) {
                List<Long> articles = List.copyOf(ledger.articleIdsByUrl.values());
                if (articles.isEmpty()) {
                    return null;
                }
                long article = articles.get(n % articles.size());
                JsonNode events;
                try {
                    HttpResponse<String> listed = server.http().send(HttpRequest.newBuilder(
                            server.uri("/api/events?article=" + article)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (listed.statusCode() != 200) {
                        return null;
                    }
                    events = json.readTree(listed.body());
                } catch (IOException e) {
                    return null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                if (!events.isArray() || events.isEmpty()) {
                    return null;
                }
                JsonNode event = events.get(0);
                return HttpRequest.newBuilder(server.uri("/api/events/" + event.get("id").asLong() + "/confirm"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + ServerProcess.TOKEN)
                        .header("If-Match", "\"" + event.get("version").asInt() + "\"")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"" + reason(run, n) + "\"}")).build();
            }

            @Override
            public void acknowledged(int n, HttpResponse<String> response, Ledger ledger) {
                ledger.other.computeIfAbsent("edits", k -> new CopyOnWriteArrayList<>()).add(reason(run, n));
            }
        };
    }

    static String reason(String run, int n) {
        return run + " edit " + n;
    }

    private final List<Operation> operations;
    private final Ledger ledger;
    private final AtomicInteger next;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** @param next the number of the next write, shared across streams so numbers never repeat */
    IngestStream(List<Operation> operations, Ledger ledger, AtomicInteger next) {
        this.operations = List.copyOf(operations);
        this.ledger = ledger;
        this.next = next;
    }

    /** Starts {@code clients} threads writing to {@code server}. */
    IngestStream start(ServerProcess server, int clients) {
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> run(server), "ingest-stream-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void run(ServerProcess server) {
        while (running) {
            int n = next.getAndIncrement();
            Operation operation = operations.get(n % operations.size());
            HttpRequest request = operation.request(server, n, ledger);
            if (request == null) {
                continue;
            }
            try {
                HttpResponse<String> response = server.http().send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 200 && response.statusCode() < 300) {
                    operation.acknowledged(n, response, ledger);
                } else {
                    ledger.refused.incrementAndGet();
                }
            } catch (IOException e) {
                // the server died under the request: not acknowledged, so it may or may not be stored
                if (!server.isAlive()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops the clients and waits for them. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(40).toMillis());
        }
    }
}
