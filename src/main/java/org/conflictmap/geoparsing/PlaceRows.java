package org.conflictmap.geoparsing;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.gazetteer.PlaceKind;

/** Reads a {@link Place} from a query that selects the {@code place} table's columns under a prefix. */
public final class PlaceRows {

    private PlaceRows() {
    }

    /** The select list for table alias {@code alias}, each column named {@code <alias>_<column>}. */
    public static String columns(String alias) {
        StringBuilder sql = new StringBuilder();
        for (String column : new String[] {"id", "geonameid", "name", "lat", "lon", "kind", "feature_code", "country",
                "admin1", "population"}) {
            sql.append(sql.isEmpty() ? "" : ", ").append(alias).append('.').append(column)
                    .append(" AS ").append(alias).append('_').append(column);
        }
        return sql.toString();
    }

    /** The place under {@code alias}, or null when the (outer-joined) id is null. */
    public static Place read(ResultSet rs, String alias) throws SQLException {
        String id = rs.getString(alias + "_id");
        if (id == null) {
            return null;
        }
        Number geonameId = (Number) rs.getObject(alias + "_geonameid");
        return new Place(id, geonameId == null ? null : geonameId.longValue(), rs.getString(alias + "_name"),
                rs.getDouble(alias + "_lat"), rs.getDouble(alias + "_lon"),
                PlaceKind.fromId(rs.getString(alias + "_kind")), rs.getString(alias + "_feature_code"),
                rs.getString(alias + "_country"), rs.getString(alias + "_admin1"), rs.getLong(alias + "_population"));
    }
}
