package org.conflictmap.batch;

import java.util.SplittableRandom;

/**
 * Where synthetic factions hold ground on a day: each faction has a few centres that drift over the
 * years (each along its own slow oscillation, seeded), and a point belongs to the faction of the nearest
 * centre, so territory comes in large connected blocks whose fronts sweep over places as the centres
 * move, the way front lines do on a real conflict map. A point near a front (within
 * {@code contestedDegrees} of being closer to another faction) is contested, and that other faction is
 * its rival. Distances are in degrees with longitude scaled by the cosine of the box's middle latitude.
 * Deterministic for the random generator it is built from; immutable and thread-safe.
 */
final class SyntheticFronts {

    private final int factions;
    private final int perFaction;
    private final double[] x0;
    private final double[] y0;
    private final double[] ax;
    private final double[] ay;
    private final double[] omega;
    private final double[] phase;
    private final double lonScale;
    private final double contestedDegrees;

    /**
     * @param factions         number of factions (at least 1)
     * @param perFaction       centres per faction (at least 1)
     * @param bbox             min lon, min lat, max lon, max lat the centres start in
     * @param days             length of the period; each centre swings back and forth over a slow cycle
     * @param contestedDegrees distance margin to another faction under which a point is contested
     * @param random           source of the centres' positions and motions (consumed here)
     */
    SyntheticFronts(int factions, int perFaction, double[] bbox, int days, double contestedDegrees,
                    SplittableRandom random) {
        this.factions = factions;
        this.perFaction = perFaction;
        int n = factions * perFaction;
        this.lonScale = Math.cos(Math.toRadians((bbox[1] + bbox[3]) / 2));
        this.contestedDegrees = contestedDegrees;
        x0 = new double[n];
        y0 = new double[n];
        ax = new double[n];
        ay = new double[n];
        omega = new double[n];
        phase = new double[n];
        double width = (bbox[2] - bbox[0]) * lonScale;
        double height = bbox[3] - bbox[1];
        for (int i = 0; i < n; i++) {
            x0[i] = bbox[0] * lonScale + random.nextDouble() * width;
            y0[i] = bbox[1] + random.nextDouble() * height;
            // a swing of up to 8% of the box, over half a cycle to two and a half in the whole period
            double reach = Math.min(width, height) * (0.024 + 0.056 * random.nextDouble());
            double heading = random.nextDouble() * 2 * Math.PI;
            ax[i] = reach * Math.cos(heading);
            ay[i] = reach * Math.sin(heading);
            omega[i] = 2 * Math.PI * (0.5 + 2 * random.nextDouble()) / Math.max(1, days);
            phase[i] = random.nextDouble() * 2 * Math.PI;
        }
    }

    /** The faction (0-based) holding the point on the day. */
    int controller(double lon, double lat, int day) {
        return nearestTwo(lon, lat, day)[0];
    }

    /**
     * The point's state on the day: the holder (0-based), plus {@code factions} when it is contested;
     * {@link #holder(int)} and {@link #contested(int)} decode it.
     */
    int state(double lon, double lat, int day) {
        int[] two = nearestTwo(lon, lat, day);
        return two[0] + (two[2] == 1 ? factions : 0);
    }

    int holder(int state) {
        return state % factions;
    }

    boolean contested(int state) {
        return state >= factions;
    }

    /** The nearest other faction on the day: the side across the nearest front. */
    int rival(double lon, double lat, int day) {
        return nearestTwo(lon, lat, day)[1];
    }

    /** {nearest faction, second-nearest faction, 1 if contested else 0}. */
    private int[] nearestTwo(double lon, double lat, int day) {
        double x = lon * lonScale;
        double best = Double.MAX_VALUE;
        double second = Double.MAX_VALUE;
        int bestFaction = 0;
        int secondFaction = factions > 1 ? 1 : 0;
        for (int f = 0; f < factions; f++) {
            double nearest = Double.MAX_VALUE;
            for (int k = 0; k < perFaction; k++) {
                int i = f * perFaction + k;
                double s = Math.sin(omega[i] * day + phase[i]);
                double dx = x - (x0[i] + ax[i] * s);
                double dy = lat - (y0[i] + ay[i] * s);
                nearest = Math.min(nearest, dx * dx + dy * dy);
            }
            if (nearest < best) {
                second = best;
                secondFaction = bestFaction;
                best = nearest;
                bestFaction = f;
            } else if (nearest < second) {
                second = nearest;
                secondFaction = f;
            }
        }
        boolean contested = factions > 1 && Math.sqrt(second) - Math.sqrt(best) < contestedDegrees;
        return new int[] {bestFaction, secondFaction, contested ? 1 : 0};
    }
}
