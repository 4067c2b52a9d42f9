package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The anchor day for each part of an article: the publication day, overridden from a date line onward
 * ("October 19, 2016" on its own line, "Posted on 3 May 2015", "Title, Publisher, July 31, 2017") because
 * pages that collect dated posts resolve "on Tuesday" against the post, not the page. Immutable.
 */
final class DatedSections {

    private final LocalDate published;
    private final List<int[]> starts = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();

    DatedSections(String text, LocalDate published, DateResolver resolver) {
        this.published = published;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int offset = lineStart;
            resolver.dateLine(text.substring(lineStart, lineEnd)).ifPresent(d -> {
                starts.add(new int[] {offset});
                dates.add(d);
            });
            lineStart = lineEnd + 1;
        }
    }

    /** The day relative phrases at this offset are resolved against. */
    LocalDate anchorAt(int offset) {
        LocalDate anchor = published;
        for (int i = 0; i < starts.size() && starts.get(i)[0] <= offset; i++) {
            anchor = dates.get(i);
        }
        return anchor;
    }
}
