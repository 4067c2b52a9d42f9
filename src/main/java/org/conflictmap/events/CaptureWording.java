package org.conflictmap.events;

import java.util.regex.Pattern;

/**
 * Reads two qualifiers of a capture from the words around its place in the evidence sentence, for the
 * control rules: whether it was a <em>retake</em> ("retook Y", "won Y back", "recaptured most of Y"),
 * which says the actor had held the place before, and whether it was <em>partial</em> ("parts of Y",
 * "most of the city of Y", "eastern Y"), which says the actor holds only some of it. Only the clause
 * holding the place mention counts (commas, semicolons, colons and dashes end a clause), so "X seized Y,
 * which Z retook in 2015" is no retake of the first capture. Stateless and thread-safe; an event whose
 * place lies outside its evidence sentence has neither qualifier.
 */
public final class CaptureWording {

    private static final Pattern RETAKE = Pattern.compile("(?i)\\b(?:re-?(?:took|takes?|taken|taking|captured?|captures|capturing"
            + "|claimed|claims?|claiming|gained|gains?|gaining|conquered|conquers?|conquering|seized|seizes?|seizing|occupied"
            + "|occup(?:y|ies|ying)|entered|enters?|entering)"
            + "|(?:won|wins?|winning|took|takes?|taken|taking|got|gets?|getting)\\s+(?:(?:\\w+\\s+){0,4}?)back"
            + "|back\\s+(?:from|under|into))\\b");
    private static final Pattern PARTIAL_BEFORE = Pattern.compile("(?i)(?:\\b(?:most|much|parts?|some|half|sections?|areas?|swathes?"
            + "|neighbou?rhoods?|districts?|quarters?|outskirts|edges?|side|pockets?)\\s+of\\s+(?:the\\s+)?"
            + "(?:(?:[\\w-]+\\s+){0,2}(?:city|town|village)\\s+(?:of\\s+)?)?"
            + "|\\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]]|\\s[—–-]\\s|[—–]");

    /** Whether the capture is a retake: the actor held the place at some time before. */
    public boolean retake(ConflictEvent event) {
        String clause = clause(event);
        return clause != null && RETAKE.matcher(clause).find();
    }

    /** Whether the capture takes only part of the place. */
    public boolean partial(ConflictEvent event) {
        int at = event.place().start() - event.evidence().start();
        String text = event.evidence().text();
        if (at < 0 || at > text.length()) {
            return false;
        }
        return PARTIAL_BEFORE.matcher(text.substring(Math.max(0, at - 80), at)).find();
    }

    private static String clause(ConflictEvent event) {
        String text = event.evidence().text();
        int start = event.place().start() - event.evidence().start();
        int end = event.place().end() - event.evidence().start();
        if (start < 0 || end > text.length() || start > end) {
            return null;
        }
        int from = 0;
        var before = CLAUSE_BREAK.matcher(text.substring(0, start));
        while (before.find()) {
            from = before.end();
        }
        var after = CLAUSE_BREAK.matcher(text).region(end, text.length());
        int to = after.find() ? after.start() : text.length();
        return text.substring(from, to);
    }
}
