package org.crosscheck.app;

import java.time.Duration;

/**
 * When a tail of the alerts topic stops by itself: after {@code maxRecords} (0: no limit), after
 * {@code idle} without a new record (zero: never), or after {@code total} in all (zero: never). Ctrl-C
 * stops it in any case.
 */
record TailLimits(long maxRecords, Duration idle, Duration total) {

    static final TailLimits NONE = new TailLimits(0, Duration.ZERO, Duration.ZERO);

    TailLimits {
        if (maxRecords < 0 || idle.isNegative() || total.isNegative()) {
            throw new IllegalArgumentException("limits must not be negative: " + maxRecords + ", " + idle + ", " + total);
        }
    }
}
