package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Maps the {@code x1, y1, x2, y2, d1, d2} row of an extent query (any of them may be null). */
final class Extents {

    private Extents() {
    }

    static Extent map(ResultSet rs, int row) throws SQLException {
        double x1 = rs.getDouble("x1");
        BoundingBox bbox = rs.wasNull() ? null
                : new BoundingBox(x1, rs.getDouble("y1"), rs.getDouble("x2"), rs.getDouble("y2"));
        return new Extent(bbox, rs.getObject("d1", LocalDate.class), rs.getObject("d2", LocalDate.class));
    }
}
