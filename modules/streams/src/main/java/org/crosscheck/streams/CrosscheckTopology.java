package org.crosscheck.streams;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.crosscheck.avro.internal.ArticleClaims;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.schema.kafka.AvroSerde;
import org.crosscheck.schema.kafka.Topic;
import org.crosscheck.schema.kafka.Topics;

/**
 * The crosscheck topology, in two sub-topologies joined by the public claims topic:
 *
 * <pre>
 * articles-source (crosscheck.articles.v1)
 *   -> extract-claims [article-claims-store]   one record per (claim, region), keyed by region;
 *                                              retractions for claims a new version (or a tombstone) drops
 *   -> claims-sink (crosscheck.claims.v1)
 *
 * claims-source (crosscheck.claims.v1)
 *   -> reconcile-events [event-store]
 *        -> alerts-sink (crosscheck.alerts.v1)   alerts keyed by alert id
 *        -> events-sink (crosscheck.events.v1)   EventRecords keyed by event id (tombstone: all retracted)
 * </pre>
 *
 * Every node and store has a fixed name (the constants below), so that a change of the topology does
 * not orphan state or offsets. There is no repartition topic: writing claims keyed by region to
 * crosscheck.claims.v1 is the re-keying, and it is a public topic other services may read.
 */
public final class CrosscheckTopology {

    public static final String ARTICLES_SOURCE = "articles-source";
    public static final String EXTRACT_CLAIMS = "extract-claims";
    public static final String CLAIMS_SINK = "claims-sink";
    public static final String CLAIMS_SOURCE = "claims-source";
    public static final String RECONCILE = "reconcile-events";
    /** Events by event id ({@code <region>/...}); values {@link EventState}. Its changelog is {@code <app id>-event-store-changelog}. */
    public static final String EVENTS_STORE = "event-store";
    /**
     * Article id -> the claims its latest version produced and their regions ({@link ArticleClaims}), to
     * retract what a correction or a withdrawal drops. Its changelog is {@code <app id>-article-claims-store-changelog}.
     */
    public static final String ARTICLE_CLAIMS_STORE = "article-claims-store";
    public static final String ALERTS_SINK = "alerts-sink";
    public static final String EVENTS_SINK = "events-sink";

    private CrosscheckTopology() {}

    /** Adds the crosscheck topology to {@code builder}. */
    public static void build(StreamsBuilder builder, Pipeline pipeline) {
        build(builder, pipeline, PipelineMetrics.NONE);
    }

    /** As {@link #build(StreamsBuilder, Pipeline)}, the processors reporting to {@code metrics}. */
    public static void build(StreamsBuilder builder, Pipeline pipeline, PipelineMetrics metrics) {
        builder.addStateStore(articleClaimsStore());
        Duration retention = pipeline.reconciler().settings().eventTtl().plus(pipeline.reconciler().settings().grace());
        builder.stream(Topics.ARTICLES.name(), consumed(Topics.ARTICLES, ARTICLES_SOURCE))
                .process(() -> new ExtractClaimsProcessor(pipeline.extractor(), pipeline.router(), retention, metrics),
                        Named.as(EXTRACT_CLAIMS), ARTICLE_CLAIMS_STORE)
                .to(Topics.CLAIMS.name(), produced(Topics.CLAIMS, CLAIMS_SINK));

        builder.addStateStore(eventStore());
        KStream<String, SpecificRecord> reconciled =
                builder.stream(Topics.CLAIMS.name(), consumed(Topics.CLAIMS, CLAIMS_SOURCE))
                        .process(() -> new ReconcileProcessor(pipeline.reconciler(), metrics), Named.as(RECONCILE), EVENTS_STORE);
        // ReconcileProcessor forwards alerts to ALERTS_SINK and events to EVENTS_SINK by child name only,
        // so each sink sees values of its topic's type.
        KStream<String, ?> alertsOrEvents = reconciled;
        narrow(alertsOrEvents, Topics.ALERTS).to(Topics.ALERTS.name(), produced(Topics.ALERTS, ALERTS_SINK));
        narrow(alertsOrEvents, Topics.EVENTS).to(Topics.EVENTS.name(), produced(Topics.EVENTS, EVENTS_SINK));
    }

    /** A new topology with {@link #build} applied, under Kafka Streams' default topology settings. */
    public static Topology topology(Pipeline pipeline) {
        StreamsBuilder builder = new StreamsBuilder();
        build(builder, pipeline);
        return builder.build();
    }

    /**
     * A new topology with {@link #build} applied, configured by the Kafka Streams settings it will run
     * with (as {@link StreamsSettings#streamsProperties} gives them), as Kafka recommends for
     * {@link StreamsBuilder#StreamsBuilder(TopologyConfig)}.
     */
    public static Topology topology(Pipeline pipeline, Properties streamsProperties) {
        return topology(pipeline, streamsProperties, PipelineMetrics.NONE);
    }

    /** As {@link #topology(Pipeline, Properties)}, the processors reporting to {@code metrics}. */
    public static Topology topology(Pipeline pipeline, Properties streamsProperties, PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsProperties)));
        build(builder, pipeline, metrics);
        return builder.build(streamsProperties);
    }

    static StoreBuilder<KeyValueStore<String, ArticleClaims>> articleClaimsStore() {
        Serde<ArticleClaims> values = AvroSerde.of(ArticleClaims.class);
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_CLAIMS_STORE), Serdes.String(), values);
    }

    static StoreBuilder<KeyValueStore<String, EventState>> eventStore() {
        Serde<EventState> values = AvroSerde.of(EventState.class);
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EVENTS_STORE), Serdes.String(), values);
    }

    private static <K, V> Consumed<K, V> consumed(Topic<K, V> topic, String name) {
        return Consumed.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    private static <K, V> Produced<K, V> produced(Topic<K, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    @SuppressWarnings("unchecked")
    private static <V> KStream<String, V> narrow(KStream<String, ?> stream, Topic<String, V> topic) {
        return (KStream<String, V>) stream;
    }
}
