package org.conflictmap.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Copies of cached response bodies as files in a private temporary directory, so the connector can
 * send them with sendfile, as a static file server does: the kernel copies them from the page cache,
 * no request thread copies them through the heap. Only bodies of at least {@value #SENDFILE_FROM_BYTES}
 * bytes get a file (a smaller one goes out with its headers in one plain write, which is cheaper). A
 * released file is deleted {@value #DELETE_AFTER_SECONDS} s later, so a response that is already
 * sending it is not cut short; the directory goes when the service stops. A file that cannot be
 * written is simply not used.
 * Thread-safe.
 */
@Component
class BodyFiles {

    // the size of a connection's write buffer (system.TomcatConfiguration): a smaller body goes out with
    // its headers in one write
    static final int SENDFILE_FROM_BYTES = 32 * 1024;
    private static final long DELETE_AFTER_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(BodyFiles.class);

    private final Path dir;
    private final AtomicLong next = new AtomicLong();
    private final ScheduledExecutorService deleter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "response-file-deleter");
        thread.setDaemon(true);
        return thread;
    });

    BodyFiles() throws IOException {
        this.dir = Files.createTempDirectory("conflictmap-responses-");
    }

    /** A file holding {@code body}, or null when the body is small or the file cannot be written. */
    Path keep(byte[] body) {
        if (body.length < SENDFILE_FROM_BYTES) {
            return null;
        }
        Path file = dir.resolve(next.incrementAndGet() + ".body");
        try {
            return Files.write(file, body);
        } catch (IOException e) {
            log.warn("cannot keep a response body as {}: {}", file, e.getMessage());
            return null;
        }
    }

    /** Deletes the file (if any) a little later. */
    void release(Path file) {
        if (file != null) {
            deleter.schedule(() -> delete(file), DELETE_AFTER_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void close() {
        deleter.shutdownNow();
        try (Stream<Path> all = Files.list(dir)) {
            all.forEach(BodyFiles::delete);
            Files.deleteIfExists(dir);
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot remove {}: {}", dir, e.getMessage());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
