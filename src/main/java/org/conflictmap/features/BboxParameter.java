package org.conflictmap.features;

import org.conflictmap.system.InvalidInputException;

/**
 * Parses {@code bbox}: four numbers (min lon, min lat, max lon, max lat) or six (with heights, which are
 * ignored), in WGS 84 (CRS84). Longitudes must lie in -180..180 and latitudes in -90..90 with
 * min lat &lt;= max lat; a min lon greater than the max lon is a box crossing the antimeridian.
 */
final class BboxParameter {

    private BboxParameter() {
    }

    /** @throws InvalidInputException naming {@code bbox} on any other value */
    static BoundingBox parse(String raw) {
        String[] parts = raw.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw invalid("needs 4 or 6 comma-separated numbers");
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            n[i] = number(parts[i]);
        }
        int half = parts.length / 2;
        double minLon = n[0];
        double minLat = n[1];
        double maxLon = n[half];
        double maxLat = n[half + 1];
        if (Math.abs(minLon) > 180 || Math.abs(maxLon) > 180) {
            throw invalid("longitudes must lie between -180 and 180");
        }
        if (Math.abs(minLat) > 90 || Math.abs(maxLat) > 90) {
            throw invalid("latitudes must lie between -90 and 90");
        }
        if (minLat > maxLat) {
            throw invalid("the minimum latitude is greater than the maximum");
        }
        return new BoundingBox(minLon, minLat, maxLon, maxLat);
    }

    private static double number(String part) {
        try {
            double value = Double.parseDouble(part.strip());
            if (Double.isFinite(value) && part.strip().matches("[-+0-9.eE]+")) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid("'" + (part.length() > 30 ? part.substring(0, 30) + "..." : part) + "' is not a number");
    }

    private static InvalidInputException invalid(String why) {
        return new InvalidInputException(Ogc.P_BBOX, "Invalid bbox: " + why
                + " (min lon, min lat, max lon, max lat in WGS 84, for example 40,32,46,37).");
    }

    /** Checks {@code bbox-crs}: only CRS84 is served. */
    static void checkCrs(String raw) {
        if (!Ogc.CRS84.equals(raw.strip())) {
            throw new InvalidInputException(Ogc.P_BBOX_CRS, "Only " + Ogc.CRS84 + " is supported.");
        }
    }
}
