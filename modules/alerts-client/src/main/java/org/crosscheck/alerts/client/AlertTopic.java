package org.crosscheck.alerts.client;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.schema.kafka.Topics;

/**
 * The alert topic: its name and the serde of its values. Keys are alert ids as UTF-8 strings; values
 * are {@link ContradictionAlert}s in Avro single-object encoding (the writer schema's fingerprint leads
 * every message, so alerts written by an older or newer compatible producer still decode). The topic is
 * compacted: the latest record of a key is the alert's current state.
 */
public final class AlertTopic {

    /** {@value}. */
    public static final String NAME = "crosscheck.alerts.v1";

    private AlertTopic() {
    }

    /** Serde of the values ({@link ContradictionAlert}; null for a tombstone). */
    public static Serde<ContradictionAlert> valueSerde() {
        return Topics.ALERTS.valueSerde();
    }

    /** Deserializer of the values, for a consumer of your own. */
    public static Deserializer<ContradictionAlert> valueDeserializer() {
        return Topics.ALERTS.valueSerde().deserializer();
    }

    static {
        if (!NAME.equals(Topics.ALERTS.name())) {
            throw new ExceptionInInitializerError("alert topic name drifted: " + NAME + " vs " + Topics.ALERTS.name());
        }
    }
}
