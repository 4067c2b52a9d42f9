package org.conflictmap.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.conflictmap.geoparsing.PlaceRepository;
import org.conflictmap.geoparsing.PlaceRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Control claims read from each article. Writing an article's claims replaces the ones stored before;
 * the ids and article ids of the given claims are ignored (the store assigns them).
 */
@Repository
public class ClaimRepository {

    private static final String SELECT = "SELECT c.id, c.article_id, c.known_from, c.faction, c.claim_date, "
            + "c.date_precision, c.confidence, c.evidence_start, c.evidence_end, c.evidence_text, "
            + PlaceRows.columns("p") + " FROM control_claim c JOIN place p ON p.id = c.place_id ";

    private final JdbcClient jdbc;
    private final PlaceRepository places;

    public ClaimRepository(JdbcClient jdbc, PlaceRepository places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    public void replaceForArticle(long articleId, LocalDate knownFrom, List<ControlClaim> claims) {
        jdbc.sql("DELETE FROM control_claim WHERE article_id = :a").param("a", articleId).update();
        places.saveAll(claims.stream().map(ControlClaim::place).toList());
        for (ControlClaim c : claims) {
            jdbc.sql("INSERT INTO control_claim (article_id, place_id, faction, claim_date, date_precision, "
                            + "confidence, evidence_start, evidence_end, evidence_text, known_from, geom) VALUES "
                            + "(:a, :place, :faction, :date, :precision, :confidence, :evStart, :evEnd, :evText, "
                            + ":knownFrom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))")
                    .param("a", articleId).param("place", c.placeId()).param("faction", c.faction())
                    .param("date", c.date()).param("precision", c.precision().id())
                    .param("confidence", c.confidence()).param("evStart", c.evidence().start())
                    .param("evEnd", c.evidence().end()).param("evText", c.evidence().text())
                    .param("knownFrom", knownFrom).param("lon", c.place().lon()).param("lat", c.place().lat())
                    .update();
        }
    }

    public List<ControlClaim> findByArticle(long articleId) {
        return jdbc.sql(SELECT + "WHERE c.article_id = :a ORDER BY c.id").param("a", articleId)
                .query(ClaimRepository::map).list();
    }

    public List<ControlClaim> findByPlaces(Collection<String> placeIds) {
        if (placeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE c.place_id IN (:places) ORDER BY c.claim_date, c.id")
                .param("places", List.copyOf(placeIds)).query(ClaimRepository::map).list();
    }

    /** Every claim from articles published on or before {@code day}. */
    public List<ControlClaim> findKnownBy(LocalDate day) {
        return jdbc.sql(SELECT + "WHERE c.known_from <= :day ORDER BY c.claim_date, c.id").param("day", day)
                .query(ClaimRepository::map).list();
    }

    private static ControlClaim map(ResultSet rs, int row) throws SQLException {
        return new ControlClaim(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("known_from", LocalDate.class),
                PlaceRows.read(rs, "p"), rs.getString("faction"), rs.getObject("claim_date", LocalDate.class),
                DatePrecision.fromId(rs.getString("date_precision")), rs.getDouble("confidence"),
                new Evidence(rs.getInt("evidence_start"), rs.getInt("evidence_end"), rs.getString("evidence_text")));
    }
}
