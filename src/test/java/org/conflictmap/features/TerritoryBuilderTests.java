package org.conflictmap.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class TerritoryBuilderTests {

    static final double DISC_KM2 = Math.PI * 25 * 25;

    static ControlPoint point(String place, double lon, double lat, String controller, boolean contested) {
        return new ControlPoint(place.hashCode(), place, place, lon, lat, controller, LocalDate.of(2015, 1, 1), null,
                contested, 0.8, "[]");
    }

    private final TerritoryBuilder builder = new TerritoryBuilder(25, 0, LandMask.NONE);

    @Test
    void givesALonePlaceADiscOfTheRadius() {
        List<TerritoryArea> areas = builder.build(List.of(point("a", 44, 36, "north", false)));
        assertThat(areas).hasSize(1);
        assertThat(areas.get(0).areaKm2()).isCloseTo(DISC_KM2, within(DISC_KM2 * 0.01));
        assertThat(areas.get(0).placeIds()).containsExactly("a");
    }

    @Test
    void splitsTheGroundBetweenNeighboursOfDifferentFactions() {
        List<TerritoryArea> areas = builder.build(List.of(point("a", 44.0, 36.0, "north", false),
                point("b", 44.2, 36.0, "south", false)));
        assertThat(areas).extracting(TerritoryArea::faction).containsExactly("north", "south");
        Geometry north = areas.get(0).area();
        Geometry south = areas.get(1).area();
        assertThat(north.intersection(south).getArea()).isLessThan(1e-9);
        assertThat(areas.get(0).areaKm2()).isLessThan(DISC_KM2 * 0.9).isGreaterThan(DISC_KM2 * 0.5);
        assertThat(north.getEnvelopeInternal().getMaxX()).isCloseTo(44.1, within(0.001));
    }

    @Test
    void mergesTouchingCellsOfOneFactionAndKeepsContestedPlacesApart() {
        List<TerritoryArea> areas = builder.build(List.of(point("a", 44.0, 36.0, "north", false),
                point("b", 44.2, 36.0, "north", false), point("c", 46.0, 36.0, "north", false),
                point("d", 44.1, 36.3, "north", true)));
        assertThat(areas).extracting(TerritoryArea::id).containsExactly("north", "north~contested");
        TerritoryArea held = areas.get(0);
        assertThat(held.area().getNumGeometries()).isEqualTo(2);
        assertThat(held.area().getGeometryN(0)).isInstanceOf(Polygon.class);
        assertThat(held.placeIds()).containsExactly("a", "b", "c");
        assertThat(areas.get(1).placeIds()).containsExactly("d");
    }

    @Test
    void clipsToLand() throws Exception {
        Geometry westHalf = new WKTReader(Rows.WGS84).read("POLYGON((40 30, 44 30, 44 40, 40 40, 40 30))");
        TerritoryBuilder coastal = new TerritoryBuilder(25, 0, new LandMask(List.of(westHalf)));
        TerritoryArea area = coastal.build(List.of(point("a", 44, 36, "north", false))).get(0);
        assertThat(area.areaKm2()).isCloseTo(DISC_KM2 / 2, within(DISC_KM2 * 0.02));
        assertThat(area.area().getEnvelopeInternal().getMaxX()).isCloseTo(44.0, within(1e-9));
        assertThat(coastal.build(List.of(point("sea", 50, 36, "north", false)))).isEmpty();
    }

    @Test
    void followsNewHoldersOfTheSamePlacesAndNewPlacesOnLaterDays() {
        List<ControlPoint> before = List.of(point("a", 44.0, 36.0, "north", false), point("b", 44.2, 36.0, "north", false),
                point("c", 44.4, 36.0, "south", false));
        List<ControlPoint> after = List.of(point("a", 44.0, 36.0, "north", false), point("b", 44.2, 36.0, "south", false),
                point("c", 44.4, 36.0, "south", false));
        List<ControlPoint> grown = List.of(point("a", 44.0, 36.0, "north", false), point("b", 44.2, 36.0, "south", false),
                point("c", 44.4, 36.0, "south", false), point("d", 44.1, 36.2, "north", true));
        builder.build(before);

        List<TerritoryArea> later = builder.build(after);
        assertThat(later).extracting(TerritoryArea::placeIds).containsExactly(List.of("a"), List.of("b", "c"));
        assertThat(later.get(1).area().equalsExact(new TerritoryBuilder(25, 0, LandMask.NONE).build(after).get(1).area()))
                .isTrue();
        assertThat(builder.build(grown)).extracting(TerritoryArea::id)
                .containsExactly("north", "north~contested", "south");
        assertThat(builder.build(grown).get(0).areaKm2()).isLessThan(later.get(0).areaKm2());
    }

    @Test
    void returnsNothingWithoutControlPoints() {
        assertThat(builder.build(List.of())).isEmpty();
    }

    @Test
    void simplifiesTheOutlinesAsOneCoverageKeepingTheAreasAndACommonBorder() {
        List<ControlPoint> grid = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                // two factions either side of a ragged front
                String side = i + (j % 3) < 6 ? "north" : "south";
                grid.add(point("p" + i + "-" + j, 42 + i * 0.15, 35 + j * 0.15, side, false));
            }
        }
        List<TerritoryArea> exact = builder.build(grid);
        List<TerritoryArea> simple = new TerritoryBuilder(25, 0.01, LandMask.NONE).build(grid);

        int exactPoints = exact.stream().mapToInt(a -> a.area().getNumPoints()).sum();
        int simplePoints = simple.stream().mapToInt(a -> a.area().getNumPoints()).sum();
        assertThat(simplePoints).isLessThan(exactPoints / 2);
        for (int k = 0; k < exact.size(); k++) {
            assertThat(simple.get(k).area().isValid()).isTrue();
            assertThat(simple.get(k).areaKm2()).isEqualTo(exact.get(k).areaKm2());
            assertThat(simple.get(k).area().getArea()).isCloseTo(exact.get(k).area().getArea(), within(exact.get(k).area().getArea() * 0.02));
        }
        Geometry north = simple.get(0).area();
        Geometry south = simple.get(1).area();
        assertThat(north.intersection(south).getArea()).isLessThan(1e-9);
        double whole = exact.get(0).area().union(exact.get(1).area()).getArea();
        assertThat(north.union(south).getArea()).isCloseTo(whole, within(whole * 0.01));
    }
}
