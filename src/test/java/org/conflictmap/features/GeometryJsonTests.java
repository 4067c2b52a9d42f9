package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class GeometryJsonTests {

    private final WKTReader wkt = new WKTReader(Rows.WGS84);

    @Test
    void writesLonLatWithSixDecimals() throws Exception {
        assertThat(GeometryJson.write(wkt.read("POINT(43.123456789 36.987654321)")).toString())
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[43.123457,36.987654]}");
    }

    @Test
    void turnsRingsToTheRightHandRule() throws Exception {
        String clockwiseShellCounterClockwiseHole = "POLYGON((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))";
        var json = GeometryJson.write(wkt.read(clockwiseShellCounterClockwiseHole));
        assertThat(json.path("coordinates").get(0).toString()).isEqualTo("[[0.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,10.0],[0.0,0.0]]");
        assertThat(json.path("coordinates").get(1).toString()).isEqualTo("[[2.0,2.0],[2.0,4.0],[4.0,4.0],[4.0,2.0],[2.0,2.0]]");
        GeoJsonChecks.assertValidPolygons(json);
        GeoJsonChecks.assertValidPolygons(GeometryJson.write(wkt.read(
                "MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 5 6, 6 6, 5 5)))")));
    }

    @Test
    void writesEmptyGeometriesAsNull() throws Exception {
        assertThat(GeometryJson.write(wkt.read("POLYGON EMPTY")).isNull()).isTrue();
    }
}
