package org.crosscheck.alerts.client;

import java.time.Instant;

import org.crosscheck.avro.ContradictionAlert;

/**
 * One record of the alert topic, decoded.
 *
 * @param alertId   the record key: the alert's stable id
 * @param alert     the alert's state, or null for a tombstone (the alert was deleted from the topic)
 * @param partition where it was read
 * @param offset    its offset in that partition
 * @param timestamp the record's timestamp (the publication time of the article that changed the alert)
 */
public record ReceivedAlert(String alertId, ContradictionAlert alert, int partition, long offset, Instant timestamp) {

    public boolean isTombstone() {
        return alert == null;
    }
}
