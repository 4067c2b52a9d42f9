package org.conflictmap.features;

import java.time.LocalDate;

/**
 * Where and when a collection has data; any member may be {@code null} when the store holds none.
 */
record Extent(BoundingBox bbox, LocalDate start, LocalDate end) {

    static final Extent NONE = new Extent(null, null, null);
}
