package org.conflictmap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real service started as a child JVM from the test class path ({@code ConflictMapApplication}
 * with {@code --name=value} properties), on a free port, its output appended to a log file. Lets a
 * test kill it the hard way ({@link #kill()}: SIGKILL on Linux) or stop it the normal way.
 */
final class ServerProcess implements AutoCloseable {

    static final String TOKEN = "crash-test-token";

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** A fresh log file under {@code target/server-logs/} (kept after the test, unlike its temporary directory). */
    static Path logFile(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "server-logs"));
            Path file = dir.resolve(name + ".log");
            Files.deleteIfExists(file);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the service with these properties on top of a test set (no demo corpus, fixed token). */
    static ServerProcess start(Map<String, String> properties, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.conflictmap.ConflictMapApplication",
                "--server.port=" + port,
                "--conflictmap.admin-token=" + TOKEN,
                "--conflictmap.demo.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.org.conflictmap=INFO",
                "--logging.level.org.flywaydb=INFO"));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ServerProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpClient http() {
        return http;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the service answers its health check; fails if it dies or takes too long. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not start within " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hooks, no flushing, open transactions cut off. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the service shuts down gracefully. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
