/**
 * Events: reads dated, typed conflict events (capture, withdrawal, advance, deployment, attack) from an
 * article's text and its resolved place mentions. Factions come from {@code geodata/factions.json}
 * ({@link org.conflictmap.events.FactionCatalog}); sentences from OpenNLP; the rule layer binds triggers to
 * actors and places through clause structure, drops negated, hypothetical and future statements, lowers the
 * confidence of reported ones, and resolves relative dates against the publication day or a post's date line.
 */
package org.conflictmap.events;
