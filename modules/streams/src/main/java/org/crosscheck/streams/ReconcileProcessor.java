package org.crosscheck.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.reconcile.Reconciler;

/**
 * A region's claim against that region's events: loads the events stored under {@code <region>/},
 * hands them with the claim to the {@link Reconciler}, stores the events it changed and forwards each
 * alert to {@link CrosscheckTopology#ALERTS_SINK} and each changed event to
 * {@link CrosscheckTopology#EVENTS_SINK}.
 */
final class ReconcileProcessor implements Processor<String, CasualtyClaim, String, SpecificRecord> {

    private static final Serializer<String> PREFIX_SERIALIZER = Serdes.String().serializer();

    private final Reconciler reconciler;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, EventState> events;

    ReconcileProcessor(Reconciler reconciler) {
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.events = context.getStateStore(CrosscheckTopology.EVENTS_STORE);
    }

    @Override
    public void process(Record<String, CasualtyClaim> record) {
        String region = record.key();
        CasualtyClaim claim = record.value();
        if (region == null || claim == null) {
            return;
        }
        String prefix = eventKeyPrefix(region);
        Reconciler.Result result = reconciler.accept(region, claim, regionEvents(prefix), record.timestamp());

        List<KeyValue<String, EventState>> changed = new ArrayList<>(result.changedEvents().size());
        for (EventState event : result.changedEvents()) {
            String id = event.getEvent().getId();
            if (!id.startsWith(prefix)) { // checked before any write: a bad result changes nothing
                throw new IllegalStateException("reconciler returned event '" + id + "' for region '" + region
                        + "': event ids must start with '" + prefix + "'");
            }
            changed.add(KeyValue.pair(id, event));
        }
        events.putAll(changed);
        for (ContradictionAlert alert : result.alerts()) {
            context.forward(record.withKey(alert.getAlertId()).withValue(alert),
                    CrosscheckTopology.ALERTS_SINK);
        }
        for (KeyValue<String, EventState> event : changed) {
            context.forward(record.withKey(event.key).withValue(event.value),
                    CrosscheckTopology.EVENTS_SINK);
        }
    }

    /** Store keys of a region's events start with this: {@code "<region>/"}. */
    static String eventKeyPrefix(String region) {
        return region + "/";
    }

    private List<EventState> regionEvents(String prefix) {
        List<EventState> found = new ArrayList<>();
        try (KeyValueIterator<String, EventState> it = events.prefixScan(prefix, PREFIX_SERIALIZER)) {
            it.forEachRemaining(kv -> found.add(kv.value));
        }
        return found;
    }
}
