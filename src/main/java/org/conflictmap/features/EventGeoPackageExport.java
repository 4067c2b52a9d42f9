package org.conflictmap.features;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes events into a new OGC GeoPackage file (NGA GeoPackage library): one point table
 * {@value #TABLE} in EPSG:4326 with the event, place, article and evidence columns. Rows are copied
 * from the store in id order inside one SQLite transaction. Thread-safe (each call writes its own file).
 */
@Component
class EventGeoPackageExport {

    static final String TABLE = "events";

    private static final String[] TEXT = {"type", "actor", "target", "event_date", "date_precision", "place",
        "place_id", "country", "evidence", "article_title", "article_source", "article_url", "published", "known_from"};
    private static final String SQL = "SELECT e.id, e.type, e.actor, e.target, e.event_date, e.date_precision, "
            + "e.confidence, e.evidence_text, e.known_from, e.lon, e.lat, "
            + "p.id AS place_id, p.name AS place_name, p.country, a.id AS article_id, a.title, a.source, a.url, "
            + "a.published FROM event e JOIN place p ON p.id = e.place_id JOIN article a ON a.id = e.article_id";

    private final JdbcClient jdbc;

    EventGeoPackageExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new GeoPackage in {@code dir} holding the matching events; the caller deletes it. */
    Path write(FeatureQuery query, Path dir) throws IOException, SQLException {
        Path path = Files.createTempFile(dir, "events-", ".gpkg");
        Files.delete(path);
        File file = GeoPackageManager.create(path.toFile());
        try (GeoPackage geoPackage = GeoPackageManager.open(file)) {
            SpatialReferenceSystem wgs84 = geoPackage.getSpatialReferenceSystemDao().getOrCreateFromEpsg(4326);
            geoPackage.createFeatureTable(FeatureTableMetadata.create(geometryColumns(wgs84), "fid", columns(),
                    new BoundingBox(-180, -90, 180, 90)));
            FeatureDao dao = geoPackage.getFeatureDao(TABLE);
            SqlWhere where = EventFeatures.where(query);
            geoPackage.beginTransaction();
            jdbc.sql(SQL + where.sql() + " ORDER BY e.id").params(where.params())
                    .query((RowCallbackHandler) rs -> dao.insert(row(dao, wgs84, rs)));
            geoPackage.endTransaction(true);
        }
        return path;
    }

    private static GeometryColumns geometryColumns(SpatialReferenceSystem srs) {
        GeometryColumns columns = new GeometryColumns();
        columns.setId(new TableColumnKey(TABLE, "geom"));
        columns.setGeometryType(GeometryType.POINT);
        columns.setZ((byte) 0);
        columns.setM((byte) 0);
        columns.setSrs(srs);
        return columns;
    }

    private static List<FeatureColumn> columns() {
        List<FeatureColumn> columns = new ArrayList<>();
        columns.add(FeatureColumn.createColumn("event_id", GeoPackageDataType.INTEGER));
        for (String name : TEXT) {
            columns.add(FeatureColumn.createColumn(name, GeoPackageDataType.TEXT));
        }
        columns.add(FeatureColumn.createColumn("confidence", GeoPackageDataType.DOUBLE));
        columns.add(FeatureColumn.createColumn("article_id", GeoPackageDataType.INTEGER));
        return columns;
    }

    private static FeatureRow row(FeatureDao dao, SpatialReferenceSystem srs, ResultSet rs) throws SQLException {
        FeatureRow row = dao.newRow();
        GeoPackageGeometryData geometry = GeoPackageGeometryData.create(srs.getSrsId());
        geometry.setGeometry(new Point(GeometryJson.round(rs.getDouble("lon")), GeometryJson.round(rs.getDouble("lat"))));
        row.setGeometry(geometry);
        row.setValue("event_id", rs.getLong("id"));
        row.setValue("type", rs.getString("type"));
        row.setValue("actor", rs.getString("actor"));
        row.setValue("target", rs.getString("target"));
        row.setValue("event_date", rs.getObject("event_date", LocalDate.class).toString());
        row.setValue("date_precision", rs.getString("date_precision"));
        row.setValue("place", rs.getString("place_name"));
        row.setValue("place_id", rs.getString("place_id"));
        row.setValue("country", rs.getString("country"));
        row.setValue("evidence", rs.getString("evidence_text"));
        row.setValue("article_title", rs.getString("title"));
        row.setValue("article_source", rs.getString("source"));
        row.setValue("article_url", rs.getString("url"));
        row.setValue("published", rs.getObject("published", LocalDate.class).toString());
        row.setValue("known_from", rs.getObject("known_from", LocalDate.class).toString());
        row.setValue("confidence", rs.getDouble("confidence"));
        row.setValue("article_id", rs.getLong("article_id"));
        return row;
    }
}
