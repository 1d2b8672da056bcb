package org.crosscheck.reconcile;

import java.time.Duration;

/**
 * How the reconciler judges claims. {@code tolerance} is the relative slack allowed between two
 * figures before they contradict ("about 100" vs "105" is not a contradiction at 0.1).
 * {@code eventTtl}: an event with no new claim for this long is forgotten.
 */
public record ReconcileSettings(double tolerance, Duration eventTtl) {

    public static final ReconcileSettings DEFAULTS = new ReconcileSettings(0.10, Duration.ofDays(180));

    public ReconcileSettings {
        if (tolerance < 0 || tolerance >= 1) {
            throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
        }
        if (eventTtl.isNegative() || eventTtl.isZero()) {
            throw new IllegalArgumentException("eventTtl must be positive: " + eventTtl);
        }
    }
}
