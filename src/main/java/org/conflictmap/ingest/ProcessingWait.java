package org.conflictmap.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.conflictmap.system.InvalidInputException;

/**
 * How long a submitting client wants to wait for its article to be processed: {@code ?wait=true}
 * (the longest allowed), or the RFC 7240 preference {@code Prefer: wait=N} (N seconds, at most the
 * longest allowed). Without either the client does not wait.
 *
 * @param duration  how long to wait; zero for not at all
 * @param preferred whether it came from a {@code Prefer} header (answered with {@code Preference-Applied})
 */
record ProcessingWait(Duration duration, boolean preferred) {

    static final ProcessingWait NONE = new ProcessingWait(Duration.ZERO, false);

    /**
     * @throws InvalidInputException when {@code wait} is neither {@code true} nor {@code false}
     */
    static ProcessingWait of(String waitParameter, String preferHeader, Duration longest) {
        if (waitParameter != null && !waitParameter.isBlank()) {
            switch (waitParameter.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> {
                    return new ProcessingWait(longest, false);
                }
                case "false" -> {
                    return NONE;
                }
                default -> throw new InvalidInputException("wait", "'wait' must be true or false.");
            }
        }
        return preferredSeconds(preferHeader)
                .map(s -> new ProcessingWait(s.compareTo(longest) > 0 ? longest : s, true))
                .orElse(NONE);
    }

    boolean waits() {
        return !duration.isZero();
    }

    /** The {@code wait} preference among comma- or semicolon-separated preferences; others are ignored. */
    private static Optional<Duration> preferredSeconds(String header) {
        if (header == null) {
            return Optional.empty();
        }
        for (String preference : header.split("[,;]")) {
            String[] pair = preference.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("wait")) {
                try {
                    long seconds = Long.parseLong(pair[1].strip().replace("\"", ""));
                    if (seconds > 0) {
                        return Optional.of(Duration.ofSeconds(Math.min(seconds, 86_400)));
                    }
                } catch (NumberFormatException e) {
                    // RFC 7240: a preference that cannot be understood is ignored
                }
            }
        }
        return Optional.empty();
    }
}
