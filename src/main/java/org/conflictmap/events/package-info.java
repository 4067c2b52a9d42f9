/**
 * Events: dated, typed facts (capture, withdrawal, advance, deployment, attack) read from an
 * article's sentences, each with actor, place, date precision, confidence and evidence.
 */
package org.conflictmap.events;
