package org.conflictmap.persistence;

/**
 * Application event: derived data in the store (events, claims, control intervals, movements) changed
 * and the change is committed. Whatever writes such data in this process publishes it through Spring's
 * {@code ApplicationEventPublisher} after its transaction commits (article processing does, and so must
 * any other writer, such as analyst corrections); readers that keep computed or rendered results
 * (the feeds' territory and response caches) drop them when they receive it. Publishing it when
 * nothing changed only costs a cache refill.
 *
 * @param reason a short human-readable cause for logs, for example {@code "article 42 processed"}
 */
public record StoreChanged(String reason) {
}
