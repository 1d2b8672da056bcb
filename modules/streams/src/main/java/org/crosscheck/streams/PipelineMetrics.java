package org.crosscheck.streams;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;

/**
 * Hooks the processors call as records pass, so an operations layer can count them (the {@code ops}
 * module turns them into Prometheus counters). Every method has a no-op default and {@link #NONE} is
 * what the pipeline uses when nobody listens.
 *
 * <p>Called from the stream threads, once per record processed: implementations must be thread-safe and
 * cheap. Under exactly_once_v2 a transaction that aborts and is retried calls them again for the same
 * records, so counts are of processing, not of committed output.
 */
public interface PipelineMetrics {

    /** Counts nothing. */
    PipelineMetrics NONE = new PipelineMetrics() {
    };

    /** A decoded, valid article reached the extractor. */
    default void articleRead() {
    }

    /** A claim was extracted (once per claim, not per region it is routed to). */
    default void claimExtracted(CasualtyClaim claim) {
    }

    /** An alert state was forwarded to the alerts topic. */
    default void alertRaised(ContradictionAlert alert) {
    }
}
