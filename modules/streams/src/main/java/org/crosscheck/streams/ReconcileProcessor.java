package org.crosscheck.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.reconcile.Reconciler;

/**
 * A region's claim (or retraction) against that region's events: loads the events stored under
 * {@code <region>/}, hands them with the claim to the {@link Reconciler}, applies what it returns to
 * the store (changed events written, expired and emptied events deleted), forwards each alert to
 * {@link CrosscheckTopology#ALERTS_SINK} and each changed event's {@link EventRecord} to
 * {@link CrosscheckTopology#EVENTS_SINK} (a tombstone for an event whose claims were all retracted).
 *
 * <p>Expiry: the reconciler drops expired events of the claim's region at each record; a stream-time
 * punctuator sweeps the whole store every {@link #sweepInterval(Duration)} for regions that have gone
 * quiet, so the store holds only events that had a claim within the TTL plus grace.
 */
final class ReconcileProcessor implements Processor<String, CasualtyClaim, String, SpecificRecord> {

    private static final Serializer<String> PREFIX_SERIALIZER = Serdes.String().serializer();

    private final Reconciler reconciler;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, EventState> events;

    ReconcileProcessor(Reconciler reconciler, PipelineMetrics metrics) {
        this.reconciler = Objects.requireNonNull(reconciler, "reconciler");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** A twenty-fourth of the retention (a week for the default 180 days), at least a second. */
    static Duration sweepInterval(Duration retention) {
        Duration d = retention.dividedBy(24);
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.events = context.getStateStore(CrosscheckTopology.EVENTS_STORE);
        Duration retention = reconciler.settings().eventTtl().plus(reconciler.settings().grace());
        context.schedule(sweepInterval(retention), PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, CasualtyClaim> record) {
        String region = record.key();
        CasualtyClaim claim = record.value();
        if (region == null || claim == null) {
            return;
        }
        String prefix = eventKeyPrefix(region);
        long streamTime = Math.max(record.timestamp(), context.currentStreamTimeMs());
        Reconciler.Result result = reconciler.accept(region, claim, regionEvents(prefix), record.timestamp(), streamTime);

        List<KeyValue<String, EventState>> changed = new ArrayList<>(result.changedEvents().size());
        for (EventState event : result.changedEvents()) {
            changed.add(KeyValue.pair(checked(event.getEvent().getId(), prefix, region), event));
        }
        for (String id : result.expiredEvents()) {
            checked(id, prefix, region);
        }
        for (String id : result.removedEvents()) {
            checked(id, prefix, region);
        }
        // checked before any write: a bad result changes nothing
        result.expiredEvents().forEach(events::delete);
        result.removedEvents().forEach(events::delete);
        events.putAll(changed);
        for (ContradictionAlert alert : result.alerts()) {
            metrics.alertRaised(alert);
            context.forward(record.withKey(alert.getAlertId()).withValue(alert), CrosscheckTopology.ALERTS_SINK);
        }
        for (EventRecord event : result.eventRecords()) {
            context.forward(record.withKey(event.getEventId()).withValue(event), CrosscheckTopology.EVENTS_SINK);
        }
        for (String id : result.removedEvents()) {
            context.forward(record.withKey(id).withValue((SpecificRecord) null), CrosscheckTopology.EVENTS_SINK);
        }
    }

    private static String checked(String id, String prefix, String region) {
        if (!id.startsWith(prefix)) {
            throw new IllegalStateException("reconciler returned event '" + id + "' for region '" + region
                    + "': event ids must start with '" + prefix + "'");
        }
        return id;
    }

    /** Deletes every stored event that has expired at this stream time. */
    private void sweep(long streamTime) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, EventState> it = events.all()) {
            while (it.hasNext()) {
                KeyValue<String, EventState> kv = it.next();
                if (reconciler.expired(kv.value, streamTime)) {
                    expired.add(kv.key);
                }
            }
        }
        expired.forEach(events::delete);
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
