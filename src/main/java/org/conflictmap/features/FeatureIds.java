package org.conflictmap.features;

import java.util.Optional;

/** Feature ids in paths: numeric ids of rows, which a malformed id can never name. */
final class FeatureIds {

    private FeatureIds() {
    }

    /** The positive number the id spells, or empty (the item then does not exist: 404). */
    static Optional<Long> number(String featureId) {
        if (featureId == null || featureId.isEmpty() || featureId.length() > 18 || !featureId.matches("[0-9]+")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(featureId));
    }
}
