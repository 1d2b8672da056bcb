package org.crosscheck.ops;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A consumer group's lag at one instant, partition by partition, in topic and partition order. */
public record LagReport(String group, Instant at, List<PartitionLag> partitions) {

    public LagReport {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(at, "at");
        partitions = partitions.stream().sorted(PartitionLag.ORDER).toList();
    }

    /** Records not yet consumed, over every partition. */
    public long totalLag() {
        return partitions.stream().mapToLong(PartitionLag::lag).sum();
    }

    /** The oldest unconsumed record's age over every partition, in seconds (0 when none waits). */
    public double maxLagSeconds() {
        return partitions.stream().map(PartitionLag::lagSeconds).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
