package org.conflictmap.geoparsing;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.persistence.SqlDialect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copy of gazetteer entries that articles mention, kept in the store so the feeds can draw them
 * without the in-memory gazetteer. Writing an entry again updates it (the gazetteer may be refreshed).
 */
@Repository
public class PlaceRepository {

    private final JdbcClient jdbc;
    private final String upsert;

    public PlaceRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        String columns = "(id, geonameid, name, kind, feature_code, country, admin1, population, lon, lat, geom)";
        String values = "(:id, :geonameid, :name, :kind, :featureCode, :country, :admin1, :population, :lon, :lat, "
                + "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))";
        this.upsert = switch (SqlDialect.of(dataSource)) {
            case H2 -> "MERGE INTO place " + columns + " KEY (id) VALUES " + values;
            case POSTGRESQL -> "INSERT INTO place " + columns + " VALUES " + values
                    + " ON CONFLICT (id) DO UPDATE SET geonameid = EXCLUDED.geonameid, name = EXCLUDED.name, "
                    + "kind = EXCLUDED.kind, feature_code = EXCLUDED.feature_code, country = EXCLUDED.country, "
                    + "admin1 = EXCLUDED.admin1, population = EXCLUDED.population, "
                    + "lon = EXCLUDED.lon, lat = EXCLUDED.lat, geom = EXCLUDED.geom";
        };
    }

    /**
     * Stores each distinct place once, in id order: writing a row locks it until the transaction
     * ends, and taking those locks in one order everywhere keeps concurrent articles from deadlocking.
     */
    public void saveAll(Collection<Place> places) {
        Map<String, Place> distinct = new TreeMap<>();
        places.forEach(p -> distinct.putIfAbsent(p.id(), p));
        for (Place p : distinct.values()) {
            jdbc.sql(upsert)
                    .param("id", p.id()).param("geonameid", p.geonameId()).param("name", p.name())
                    .param("kind", p.kind().id()).param("featureCode", p.featureCode())
                    .param("country", p.countryCode()).param("admin1", p.admin1Code())
                    .param("population", p.population()).param("lon", p.lon()).param("lat", p.lat())
                    .update();
        }
    }
}
