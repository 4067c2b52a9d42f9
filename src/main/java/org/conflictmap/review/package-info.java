/**
 * Analyst review: confirming, rejecting, correcting, adding and merging events, and marking places
 * contested, each edit recorded as an append-only revision (who, when, why, state before and after)
 * that can be reverted. Every edit rebuilds the control timeline and movements of the places it
 * touches in the same transaction, so the feeds show it at once; re-extraction of an article never
 * overrides an analyst decision (see {@link org.conflictmap.events.EventRepository}).
 */
package org.conflictmap.review;
