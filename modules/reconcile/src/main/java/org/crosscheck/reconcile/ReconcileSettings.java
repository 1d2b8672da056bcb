package org.crosscheck.reconcile;

import java.time.Duration;
import java.util.Objects;

/**
 * How the reconciler judges claims.
 *
 * <ul>
 *   <li>{@code tolerance}: the relative slack allowed on each side of two figures before they contradict
 *       (each interval is widened by this share, and by at least one person): "about 100" vs "105" is not a
 *       contradiction at 0.1, 24 vs 3 is.</li>
 *   <li>{@code eventTtl}: an event takes claims published up to this long after its latest claim; once
 *       stream time (the latest publication seen) is this long past its latest claim, plus the grace, it
 *       is forgotten.</li>
 *   <li>{@code grace}: how long after its TTL an event is still kept for late articles (published within
 *       the TTL but arriving after newer ones).</li>
 *   <li>{@code restatementGap}: a party repeating the same figure counts as publishing it again (for
 *       UNDERCOUNT_OVER_TIME) only this long after its earlier publication; closer repeats are other
 *       outlets carrying the same statement.</li>
 * </ul>
 */
public record ReconcileSettings(double tolerance, Duration eventTtl, Duration grace, Duration restatementGap) {

    public static final Duration DEFAULT_GRACE = Duration.ofDays(7);
    public static final Duration DEFAULT_RESTATEMENT_GAP = Duration.ofDays(2);

    public static final ReconcileSettings DEFAULTS =
            new ReconcileSettings(0.10, Duration.ofDays(180), DEFAULT_GRACE, DEFAULT_RESTATEMENT_GAP);

    public ReconcileSettings {
        Objects.requireNonNull(eventTtl, "eventTtl");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(restatementGap, "restatementGap");
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1): " + tolerance);
        }
        if (eventTtl.isNegative() || eventTtl.isZero()) {
            throw new IllegalArgumentException("eventTtl must be positive: " + eventTtl);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative: " + grace);
        }
        if (restatementGap.isNegative()) {
            throw new IllegalArgumentException("restatementGap must not be negative: " + restatementGap);
        }
    }

    /** The default grace and restatement gap. */
    public ReconcileSettings(double tolerance, Duration eventTtl) {
        this(tolerance, eventTtl, DEFAULT_GRACE, DEFAULT_RESTATEMENT_GAP);
    }

    public ReconcileSettings withTolerance(double t) {
        return new ReconcileSettings(t, eventTtl, grace, restatementGap);
    }

    public ReconcileSettings withEventTtl(Duration ttl) {
        return new ReconcileSettings(tolerance, ttl, grace, restatementGap);
    }

    public ReconcileSettings withGrace(Duration g) {
        return new ReconcileSettings(tolerance, eventTtl, g, restatementGap);
    }

    public ReconcileSettings withRestatementGap(Duration gap) {
        return new ReconcileSettings(tolerance, eventTtl, grace, gap);
    }
}
