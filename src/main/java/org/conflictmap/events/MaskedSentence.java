package org.conflictmap.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.conflictmap.geoparsing.ResolvedMention;

/**
 * A sentence whose faction and place mentions are replaced by placeholders ({@code ⟦F0⟧}, {@code ⟦P1⟧},
 * {@code ⟦A2⟧} for "the city"),
 * so that control constructions are written as patterns over English words and slots. Maps masked offsets
 * back to the article. Immutable.
 */
final class MaskedSentence {

    /** Patterns matching one faction slot and one place slot. */
    static final String FACTION = "⟦F\\d+⟧";
    static final String PLACE = "⟦P\\d+⟧";
    /** "the city" standing for a place named before; never part of a list. */
    static final String ANAPHOR = "⟦A\\d+⟧";
    private static final Pattern SLOT = Pattern.compile("⟦([FPA])(\\d+)⟧");

    /**
     * One slot: a faction or a place mention, at article offsets.
     *
     * @param anaphoric true for "the city" standing for a place named before
     */
    record Slot(int start, int end, FactionMention faction, ResolvedMention place, boolean anaphoric) {
    }

    private final String masked;
    private final List<Slot> slots;
    private final int[] toArticle;

    private MaskedSentence(String masked, List<Slot> slots, int[] toArticle) {
        this.masked = masked;
        this.slots = slots;
        this.toArticle = toArticle;
    }

    /** Masks the given slots (overlapping ones: the earlier listed wins) in {@code text[start, end)}. */
    static MaskedSentence of(String text, int start, int end, List<Slot> candidates) {
        List<Slot> kept = new ArrayList<>();
        for (Slot s : candidates) {
            if (s.start() >= start && s.end() <= end && kept.stream().noneMatch(k -> k.start() < s.end() && s.start() < k.end())) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Slot::start));
        StringBuilder out = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        int at = start;
        for (int i = 0; i < kept.size(); i++) {
            Slot s = kept.get(i);
            for (; at < s.start(); at++) {
                out.append(text.charAt(at));
                map.add(at);
            }
            String token = "⟦" + (s.faction() != null ? "F" : s.anaphoric() ? "A" : "P") + i + "⟧";
            for (int k = 0; k < token.length(); k++) {
                out.append(token.charAt(k));
                map.add(s.start());
            }
            at = s.end();
        }
        for (; at < end; at++) {
            out.append(text.charAt(at));
            map.add(at);
        }
        map.add(end);
        return new MaskedSentence(out.toString(), List.copyOf(kept), map.stream().mapToInt(Integer::intValue).toArray());
    }

    String masked() {
        return masked;
    }

    /** The article offset of a masked offset (a slot's characters map to the slot's start). */
    int toArticle(int maskedOffset) {
        return toArticle[maskedOffset];
    }

    /** The slots written in {@code masked[from, to)}, in order. */
    List<Slot> slotsIn(int from, int to) {
        List<Slot> found = new ArrayList<>();
        Matcher m = SLOT.matcher(masked.substring(from, to));
        while (m.find()) {
            found.add(slots.get(Integer.parseInt(m.group(2))));
        }
        return found;
    }

    /** The faction slots named before a masked offset, nearest first. */
    List<Slot> factionsBefore(int maskedOffset) {
        List<Slot> before = new ArrayList<>(slotsIn(0, maskedOffset).stream().filter(s -> s.faction() != null).toList());
        java.util.Collections.reverse(before);
        return before;
    }
}
