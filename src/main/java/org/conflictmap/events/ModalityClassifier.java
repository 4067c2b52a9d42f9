package org.conflictmap.events;

import java.util.regex.Pattern;

/**
 * Decides whether an event trigger in a sentence reports something that happened. A trigger is irrealis
 * when the words just before it negate it ("did not take"), make it modal or future ("could fall",
 * "will capture"), make it an aim ("vowed to take", "is poised to launch", "in order to seize"), when the
 * clause is conditional ("if ... then"), or when the sentence is a question. Otherwise a sentence that
 * attributes the statement ("said", "reportedly", "according to", "claimed") is reported. Thread-safe.
 */
final class ModalityClassifier {

    private static final String WORDS_BEFORE = "(?:[\\w'’-]+,?\\s+){0,2}$";
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:will|would|could|may|might|should|shall|can|cannot|must"
            + "|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|shouldn['’]t|['’]ll|['’]d)\\s+" + WORDS_BEFORE);
    private static final Pattern NEGATION = Pattern.compile("(?i)(?:\\b(?:not|never|no\\s+longer|yet\\s+to|nor)|n['’]t)\\s+" + WORDS_BEFORE);
    private static final Pattern INFINITIVE = Pattern.compile("(?i)\\bto\\s+(?:be\\s+)?(?:\\w+ly\\s+)?$");
    private static final Pattern ASPIRATION = Pattern.compile("(?i)\\b(?:vow\\w*|threat\\w*|plan\\w*|intend\\w*|aim\\w*|want\\w*|hop\\w*"
            + "|seek\\w*|sought|ready|poised|set|expected|likely|about|going|prepar\\w*|attempt\\w*|tr(?:y|ies|ied|ying)|order\\w*"
            + "|call\\w*|urg\\w*|decid\\w*|promis\\w*|pledg\\w*|unable|fail\\w*|refus\\w*|wish\\w*|need\\w*|eager|determined"
            + "|warn\\w*|vows?|bid|effort|attempt|plot\\w*|scheme\\w*)\\s+(?:[\\w'’-]+\\s+){0,3}$");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:if|unless|whether|lest|in\\s+case)\\b");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:tomorrow|next\\s+(?:week|month|year|spring|summer|autumn|fall|winter))\\b");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|say|told|tells|according\\s+to|reportedly|reported|reports"
            + "|claim(?:s|ed)?|alleged(?:ly)?|purportedly|apparently|sources|rumou?red|believed|quoted|announced|stated)\\b");
    private static final Pattern NO_SIGN = Pattern.compile("(?i)\\bno\\s+(?:sign|signs|evidence|indication|word)\\s+of\\b");
    private static final Pattern CLAUSE_MODAL = Pattern.compile("(?i)\\b(?:will|would|could|may|might|should|shall|can|cannot|must)\\b"
            + "|\\b(?:won|wouldn|couldn|can|shouldn)['’]t\\b");
    private static final Pattern NEAR_NEGATION = Pattern.compile("(?i)(?:\\b(?:not|never|no)|n['’]t)\\s+(?:[\\w'’-]+\\s+){0,3}$");
    private static final Pattern GOVERNING_INFINITIVE = Pattern.compile("(?i)\\bto\\s+\\w+\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[\\w-]+\\s+)?$");
    private static final Pattern PROSPECT_AFTER = Pattern.compile("(?i)\\b(?:imminent|will|would|could|might|soon|planned|expected"
            + "|looming|upcoming|forthcoming|anticipated|possible|likely)\\b");
    private static final Pattern FACTUAL_INFINITIVE = Pattern.compile("(?i)\\b(?:able|managed|went\\s+on|continued|began|started|proceeded"
            + "|first|second|third|fourth|fifth|last|latest|only|next)\\s+(?:[\\w'’-]+\\s+){0,3}?to\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—]|\\s–\\s|,\\s+(?:but|and|while|whereas|although|though|as)\\b|\\bbut\\b|\\bthen\\b");

    /**
     * @param sentence the sentence text
     * @param triggerStart offset of the trigger inside the sentence
     * @param triggerEnd offset after the trigger inside the sentence
     * @param nominal whether the trigger is a noun phrase rather than a verb
     */
    Modality classify(String sentence, int triggerStart, int triggerEnd, boolean nominal) {
        String before = sentence.substring(0, triggerStart);
        String clause = clauseBefore(before);
        if (NO_SIGN.matcher(clause).find()) {
            return Modality.IRREALIS;
        }
        // a noun ("the offensive on X") carries no tense: the clause around it decides whether it happened
        if (nominal && (CLAUSE_MODAL.matcher(clause).find() || NEAR_NEGATION.matcher(before).find()
                || GOVERNING_INFINITIVE.matcher(before).find() || PROSPECT_AFTER.matcher(sentence.substring(triggerEnd)).find())) {
            return Modality.IRREALIS;
        }
        if (sentence.strip().endsWith("?")) {
            return Modality.IRREALIS;
        }
        if (MODAL.matcher(before).find() || NEGATION.matcher(before).find() || FUTURE.matcher(sentence).find()) {
            return Modality.IRREALIS;
        }
        if (INFINITIVE.matcher(before).find() && !before.matches("(?is).*\\bto\\s+have\\s+$")
                && !(FACTUAL_INFINITIVE.matcher(before).find() && !before.matches("(?is).*\\bunable\\s+to\\s+$"))) {
            return Modality.IRREALIS;
        }
        if (ASPIRATION.matcher(before).find() && before.matches("(?is).*\\bto\\s+(?:\\w+\\s+)?$")) {
            return Modality.IRREALIS;
        }
        if (CONDITIONAL.matcher(clause).find()) {
            return Modality.IRREALIS;
        }
        return REPORTING.matcher(sentence).find() ? Modality.REPORTED : Modality.ASSERTED;
    }

    private static String clauseBefore(String before) {
        var m = CLAUSE_BREAK.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return before.substring(start);
    }
}
