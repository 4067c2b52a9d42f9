package org.conflictmap.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * sending it is not cut short; the directory goes when the service stops, or, if the process was
 * killed, when the next one starts. A file that cannot be written is simply not used.
 * Thread-safe.
 */
@Component
class BodyFiles {

    // the size of a connection's write buffer (system.TomcatConfiguration): a smaller body goes out with
    // its headers in one write
    static final int SENDFILE_FROM_BYTES = 32 * 1024;
    private static final long DELETE_AFTER_SECONDS = 60;
    private static final String PREFIX = "conflictmap-responses-";
    private static final String OWNER = "owner.lock";
    private static final Logger log = LoggerFactory.getLogger(BodyFiles.class);
    /**
     * This process's directories (one per application context). Their lock files are never opened by
     * the look for abandoned ones: on Linux, closing any channel to a file drops every lock the
     * process holds on it.
     */
    private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final AtomicLong next = new AtomicLong();
    private final ScheduledExecutorService deleter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "response-file-deleter");
        thread.setDaemon(true);
        return thread;
    });
    private final FileChannel owner;

    BodyFiles() throws IOException {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Makes this process's directory under {@code parent}, and removes those that processes killed
     * before they could remove their own left there: a directory is its process's while the process
     * holds the lock on its {@value #OWNER} file, and the system drops that lock when the process ends.
     */
    BodyFiles(Path parent) throws IOException {
        removeAbandoned(parent);
        this.dir = Files.createTempDirectory(parent, PREFIX);
        // locked before it takes its name, so no process ever finds the lock file free while this one lives
        Path unnamed = dir.resolve(OWNER + ".new");
        this.owner = FileChannel.open(unnamed, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        owner.lock();
        Files.move(unnamed, dir.resolve(OWNER), StandardCopyOption.ATOMIC_MOVE);
        OWNED.add(dir);
    }

    private static void removeAbandoned(Path parent) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path other : dirs) {
                Path ownerFile = other.resolve(OWNER);
                if (!OWNED.contains(other) && Files.isRegularFile(ownerFile) && abandoned(ownerFile)) {
                    removeTree(other);
                    log.info("removed response files left by a process that ended without removing them: {}", other);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot look for abandoned response files in {}: {}", parent, e.getMessage());
        }
    }

    private static boolean abandoned(Path ownerFile) throws IOException {
        try (FileChannel channel = FileChannel.open(ownerFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // held by this very process
        }
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
        try {
            owner.close();
            removeTree(dir);
            OWNED.remove(dir);
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot remove {}: {}", dir, e.getMessage());
        }
    }

    private static void removeTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            all.forEach(BodyFiles::delete);
        }
        Files.deleteIfExists(dir);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
