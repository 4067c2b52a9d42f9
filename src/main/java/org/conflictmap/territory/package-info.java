/**
 * Who controls which place on which day, derived from recorded events and explicit control claims,
 * and the force movements drawn from deployments and advances. {@link
 * org.conflictmap.territory.ControlTimelineBuilder} turns facts into per-place intervals, as known on
 * any day; {@link org.conflictmap.territory.ControlTimeline} answers "who held what on day D";
 * {@link org.conflictmap.territory.MovementDeriver} draws stated and inferred movement lines. Plain
 * Java, no Spring, no storage: the store persists the intervals and calls the builder for the places
 * a new article touches.
 */
package org.conflictmap.territory;
