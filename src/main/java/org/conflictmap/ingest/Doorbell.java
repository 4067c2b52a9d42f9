package org.conflictmap.ingest;

import java.time.Duration;

/**
 * Wakes threads that wait for something to happen (work queued, an article finished) without
 * losing a ring that comes between a thread's last look and its wait: a thread takes a ticket
 * before it looks, and waiting with that ticket returns at once if the bell rang since. Thread-safe.
 */
final class Doorbell {

    private long rings;

    synchronized long ticket() {
        return rings;
    }

    synchronized void ring() {
        rings++;
        notifyAll();
    }

    /** Waits until the bell rings after {@code ticket} was taken, or the timeout passes. */
    synchronized void awaitAfter(long ticket, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (rings == ticket) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
