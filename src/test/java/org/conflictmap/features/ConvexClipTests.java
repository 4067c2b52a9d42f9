package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ConvexClipTests {

    private final WKTReader wkt = new WKTReader();

    private Geometry clip(String subject, String convex) throws Exception {
        return ConvexClip.clip(wkt.read(subject).getCoordinates(), wkt.read(convex).getCoordinates(),
                Rows.WGS84);
    }

    @Test
    void givesTheSameAreaAsAnOverlay() throws Exception {
        String square = "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))";
        String diamond = "POLYGON((5 -2, 12 5, 5 12, -2 5, 5 -2))";
        Geometry clipped = clip(square, diamond);
        assertThat(clipped.getArea()).isCloseTo(wkt.read(square).intersection(wkt.read(diamond)).getArea(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(clip(square, "POLYGON((0 0, 0 10, 10 10, 10 0, 0 0))").getArea()).isEqualTo(100.0);
    }

    @Test
    void isEmptyWhenThePolygonsDoNotMeet() throws Exception {
        assertThat(clip("POLYGON((0 0, 1 0, 1 1, 0 0))", "POLYGON((5 5, 6 5, 6 6, 5 5))").isEmpty()).isTrue();
    }
}
