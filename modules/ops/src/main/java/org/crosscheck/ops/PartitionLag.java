package org.crosscheck.ops;

import java.util.Comparator;

/**
 * One partition of a group's lag.
 *
 * @param committed  the group's committed offset (the next record it will read); null when it has
 *                   committed none for this partition (lag is then counted from the log start)
 * @param end        the end of what a read_committed consumer can read (the last stable offset)
 * @param lag        records not yet consumed; transaction markers alone are not counted
 * @param lagSeconds age of the oldest record not yet consumed, from its timestamp (capped by when the
 *                   reader last saw the partition end before it, see {@link LagReader}): 0 when nothing
 *                   is waiting, null when its timestamp could not be read in time
 */
public record PartitionLag(String topic, int partition, Long committed, long end, long lag, Double lagSeconds) {

    public static final Comparator<PartitionLag> ORDER =
            Comparator.comparing(PartitionLag::topic).thenComparingInt(PartitionLag::partition);
}
