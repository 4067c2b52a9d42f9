package org.conflictmap.features;

import java.math.BigInteger;

import org.conflictmap.system.InvalidInputException;

/**
 * Parses {@code limit} (page size) and {@code offset}. A limit above the configured maximum is not an
 * error: OGC API - Features serves the maximum instead. A limit below 1, a negative offset or anything
 * that is not a whole number is refused.
 */
final class LimitParameter {

    static final long MAX_OFFSET = 1_000_000_000L;

    private LimitParameter() {
    }

    static int limit(String raw, int max) {
        BigInteger value = whole(Ogc.P_LIMIT, raw);
        if (value.signum() <= 0) {
            throw new InvalidInputException(Ogc.P_LIMIT, "'limit' must be a whole number of 1 or more (at most "
                    + max + " features are served per page).");
        }
        return value.compareTo(BigInteger.valueOf(max)) > 0 ? max : value.intValue();
    }

    static long offset(String raw) {
        BigInteger value = whole(Ogc.P_OFFSET, raw);
        if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(MAX_OFFSET)) > 0) {
            throw new InvalidInputException(Ogc.P_OFFSET, "'offset' must be a whole number from 0 to " + MAX_OFFSET + ".");
        }
        return value.longValue();
    }

    private static BigInteger whole(String name, String raw) {
        String value = raw.strip();
        if (value.isEmpty() || value.length() > 30 || !value.matches("[-+]?[0-9]+")) {
            throw new InvalidInputException(name, "'" + name + "' must be a whole number.");
        }
        return new BigInteger(value);
    }
}
