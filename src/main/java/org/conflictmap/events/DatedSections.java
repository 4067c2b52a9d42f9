package org.conflictmap.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchor day for each part of an article: the publication day, overridden from a date line onward
 * ("October 19, 2016" on its own line, "Posted on 3 May 2015", "Title, Publisher, July 31, 2017") because
 * pages that collect dated posts resolve "on Tuesday" against the post, not the page. A wire photo caption
 * ("FILE - In this Saturday, March 26, 2016 photo, ...") repeats an older story: within its line the
 * caption's own date is the anchor. Immutable.
 */
final class DatedSections {

    private final LocalDate published;
    private final List<int[]> starts = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private final List<int[]> captions = new ArrayList<>();
    private final List<LocalDate> captionDates = new ArrayList<>();
    /** A wire photo caption: "FILE - In this Saturday, March 26, 2016 photo, ..." tells the day of the story it repeats. */
    private static final Pattern CAPTION = Pattern.compile("^\\W*FILE\\s*[-–—:]\\s*In\\s+this\\s+(.{6,40}?)\\s+(?:file\\s+)?photo\\b");

    DatedSections(String text, LocalDate published, DateResolver resolver) {
        this.published = published;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int offset = lineStart;
            String line = text.substring(lineStart, lineEnd);
            resolver.dateLine(line).ifPresent(d -> {
                starts.add(new int[] {offset});
                dates.add(d);
            });
            Matcher caption = CAPTION.matcher(line);
            if (caption.find()) {
                LocalDate around = anchorAt(offset);
                int end = lineEnd;
                resolver.find(text, offset + caption.start(1), offset + caption.end(1), around).stream()
                        .filter(t -> t.date().precision() == DatePrecision.DAY).findFirst()
                        .ifPresent(t -> {
                            captions.add(new int[] {offset, end});
                            captionDates.add(t.date().date());
                        });
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The day relative phrases at this offset are resolved against. */
    LocalDate anchorAt(int offset) {
        for (int i = 0; i < captions.size(); i++) {
            if (captions.get(i)[0] <= offset && offset < captions.get(i)[1]) {
                return captionDates.get(i);
            }
        }
        LocalDate anchor = published;
        for (int i = 0; i < starts.size() && starts.get(i)[0] <= offset; i++) {
            anchor = dates.get(i);
        }
        return anchor;
    }
}
