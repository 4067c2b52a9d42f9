package org.conflictmap.features;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Reading columns of the feature SELECTs: dates as ISO strings, points, WKB, small nested objects. */
final class Rows {

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private Rows() {
    }

    static String date(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : date.toString();
    }

    static Point point(ResultSet rs, String lon, String lat) throws SQLException {
        return WGS84.createPoint(new Coordinate(rs.getDouble(lon), rs.getDouble(lat)));
    }

    static Geometry wkb(ResultSet rs, String column) throws SQLException {
        try {
            Geometry geometry = new WKBReader(WGS84).read(rs.getBytes(column));
            geometry.setSRID(4326);
            return geometry;
        } catch (ParseException e) {
            throw new SQLException("unreadable geometry in column " + column, e);
        }
    }

    /** {@code {"id": .., "name": ..}} of a place, or {@code null} when the id column is null. */
    static Map<String, Object> place(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        String id = rs.getString(idColumn);
        if (id == null) {
            return null;
        }
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("id", id);
        place.put("name", rs.getString(nameColumn));
        return place;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
