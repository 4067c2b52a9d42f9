package org.conflictmap.review;

import java.util.Optional;

import org.conflictmap.gazetteer.Place;
import org.conflictmap.geoparsing.PlaceRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gazetteer entries by id, from the store's copy of the places articles mention. */
@Repository
class PlaceLookup {

    private final JdbcClient jdbc;

    PlaceLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> find(String id) {
        return jdbc.sql("SELECT " + PlaceRows.columns("p") + " FROM place p WHERE p.id = :id").param("id", id)
                .query((rs, row) -> PlaceRows.read(rs, "p")).optional();
    }
}
