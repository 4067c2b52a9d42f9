package org.conflictmap.geoparsing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resolved place mentions of each article, with the candidates each one beat. Writing an
 * article's mentions replaces the ones stored before, so re-processing never duplicates them.
 */
@Repository
public class MentionRepository {

    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final PlaceRepository places;
    private final JsonMapper json = JsonMapper.builder().build();

    public MentionRepository(JdbcClient jdbc, PlaceRepository places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    public void replaceForArticle(long articleId, List<ResolvedMention> mentions) {
        jdbc.sql("DELETE FROM mention WHERE article_id = :article").param("article", articleId).update();
        places.saveAll(mentions.stream().map(ResolvedMention::place).toList());
        for (ResolvedMention m : mentions) {
            jdbc.sql("INSERT INTO mention (article_id, start_offset, end_offset, surface, place_id, confidence, "
                            + "alternatives) VALUES (:article, :start, :end, :surface, :place, :confidence, :alternatives)")
                    .param("article", articleId).param("start", m.start()).param("end", m.end())
                    .param("surface", m.surface()).param("place", m.place().id())
                    .param("confidence", m.confidence())
                    .param("alternatives", json.writeValueAsString(m.alternatives()))
                    .update();
        }
    }

    /** The article's mentions in text order. */
    public List<ResolvedMention> findByArticle(long articleId) {
        return jdbc.sql("SELECT m.start_offset, m.end_offset, m.surface, m.confidence, m.alternatives, "
                        + PlaceRows.columns("p") + " FROM mention m JOIN place p ON p.id = m.place_id "
                        + "WHERE m.article_id = :article ORDER BY m.start_offset, m.id")
                .param("article", articleId).query(this::map).list();
    }

    private ResolvedMention map(ResultSet rs, int row) throws SQLException {
        return new ResolvedMention(rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("surface"),
                PlaceRows.read(rs, "p"), rs.getDouble("confidence"),
                json.readValue(rs.getString("alternatives"), CANDIDATES));
    }
}
