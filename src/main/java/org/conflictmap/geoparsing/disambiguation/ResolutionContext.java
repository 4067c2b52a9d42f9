package org.conflictmap.geoparsing.disambiguation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.conflictmap.geoparsing.MentionExtraction;
import org.conflictmap.geoparsing.PlaceMention;

/**
 * One text under resolution: its mentions grouped by name, and the demonym evidence. The passes
 * read it and add to the groups' scores. Not thread-safe; one per resolution.
 */
public final class ResolutionContext {

    private final String text;
    private final List<PlaceMention> mentions;
    private final Map<String, Integer> demonymCountries;
    private final List<MentionGroup> groups = new ArrayList<>();
    private final Map<PlaceMention, MentionGroup> groupOf = new IdentityHashMap<>();

    public ResolutionContext(String text, MentionExtraction extraction) {
        this.text = text;
        this.mentions = extraction.mentions();
        this.demonymCountries = extraction.demonymCountries();
        Map<String, MentionGroup> byName = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            String id = m.key() + "|" + m.kindHint() + "|" + m.variant();
            MentionGroup g = byName.computeIfAbsent(id, k -> new MentionGroup(m.key(), m.kindHint(), m.candidates()));
            g.addMention(m);
            groupOf.put(m, g);
        }
        groups.addAll(byName.values());
    }

    public String text() {
        return text;
    }

    public List<PlaceMention> mentions() {
        return mentions;
    }

    public List<MentionGroup> groups() {
        return groups;
    }

    public MentionGroup groupOf(PlaceMention mention) {
        return groupOf.get(mention);
    }

    public Map<String, Integer> demonymCountries() {
        return demonymCountries;
    }
}
