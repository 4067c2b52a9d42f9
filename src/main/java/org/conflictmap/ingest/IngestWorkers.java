package org.conflictmap.ingest;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.conflictmap.persistence.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's bounded pool of {@code conflictmap.ingest.workers} threads that take articles
 * from the queue and process them. A worker sleeps when the queue is empty until this instance
 * queues an article ({@link #wake()}) or {@code conflictmap.ingest.poll} passes (work queued by
 * other instances, retries coming due, leases running out). On an embedded H2 store, which only one
 * process can open, start-up first returns the claims an earlier, stopped run left behind.
 */
@Component
class IngestWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IngestWorkers.class);

    private final ArticleQueue queue;
    private final ArticleProcessing processing;
    private final ArticleCompletion completion;
    private final QueueProperties properties;
    private final Clock clock;
    private final DataSource dataSource;
    private final String instance;
    private final Doorbell work = new Doorbell();
    private volatile boolean running;
    private ExecutorService pool;

    IngestWorkers(ArticleQueue queue, ArticleProcessing processing, ArticleCompletion completion,
                  QueueProperties properties, Clock clock, DataSource dataSource) {
        this.queue = queue;
        this.processing = processing;
        this.completion = completion;
        this.properties = properties;
        this.clock = clock;
        this.dataSource = dataSource;
        this.instance = properties.instanceId() == null || properties.instanceId().isBlank()
                ? defaultInstanceId() : properties.instanceId().strip();
    }

    /** Tells an idle worker that an article was queued. */
    void wake() {
        work.ring();
    }

    @Override
    public synchronized void start() {
        if (SqlDialect.of(dataSource) == SqlDialect.H2) {
            int released = queue.releaseAllClaims();
            if (released > 0) {
                log.info("ingest queue: {} articles left in processing by an earlier run are queued again", released);
            }
        }
        running = true;
        if (properties.workers() == 0) {
            log.info("ingest queue: no workers on this instance; other instances process what it accepts");
            return;
        }
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(properties.workers(), task -> {
            Thread thread = new Thread(task, "ingest-worker-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 1; i <= properties.workers(); i++) {
            String worker = instance + "/" + i;
            pool.execute(() -> work(worker));
        }
        log.info("ingest queue: {} workers as {}", properties.workers(), instance);
    }

    private void work(String worker) {
        while (running) {
            long ticket = work.ticket();
            try {
                Optional<ArticleQueue.Claim> claim = queue.claim(worker, clock.instant(), properties.lease());
                if (claim.isPresent()) {
                    processing.process(claim.get(), worker);
                    completion.announce();
                } else {
                    work.awaitAfter(ticket, properties.poll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the store is unreachable or refused the claim; try again after a pause
                log.warn("ingest worker {}: {}", worker, e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        work.ring();
        if (pool != null) {
            pool.shutdown();
            try {
                // an article being processed finishes or, if cut off, rolls back and is queued again
                if (!pool.awaitTermination(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                pool.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
