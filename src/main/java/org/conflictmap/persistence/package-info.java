/**
 * Shared store plumbing only: the SQL dialect in use, and {@link org.conflictmap.persistence.StoreChanged},
 * the event every writer of derived data publishes after its commit so that readers' caches refresh.
 * Tables are created by the Flyway migrations in {@code db/migration/{h2,postgresql}}; repositories
 * live in the feature that owns their table.
 */
package org.conflictmap.persistence;
