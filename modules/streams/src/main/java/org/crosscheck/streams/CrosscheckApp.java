package org.crosscheck.streams;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crosscheck Streams application: {@link CrosscheckTopology} run by {@link KafkaStreams} with
 * {@link StreamsSettings}. {@link #start()} creates the topics first (unless
 * {@link StreamsSettings#CREATE_TOPICS} is false). A stream thread that dies of an uncaught exception is
 * logged and replaced; records that fail to deserialize or process go to the dead-letter topic without
 * killing anything (see {@link StreamsSettings}).
 */
public final class CrosscheckApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CrosscheckApp.class);
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Properties settings;
    private final Topology topology;
    private final KafkaStreams streams;
    private final Object stateLock = new Object();
    private KafkaStreams.State state = KafkaStreams.State.CREATED;

    /** The standard pipeline, configured by {@code settings} (defaults filled in). */
    public CrosscheckApp(Properties settings) {
        this(settings, null);
    }

    /** A given pipeline (null for the standard one configured by {@code settings}). */
    public CrosscheckApp(Properties settings, Pipeline pipeline) {
        this(settings, pipeline, PipelineMetrics.NONE);
    }

    /** As {@link #CrosscheckApp(Properties, Pipeline)}, the processors reporting to {@code metrics}. */
    public CrosscheckApp(Properties settings, Pipeline pipeline, PipelineMetrics metrics) {
        this.settings = StreamsSettings.resolve(Objects.requireNonNull(settings, "settings"));
        Pipeline p = pipeline != null ? pipeline : Pipeline.standard(StreamsSettings.reconcileSettings(this.settings));
        Properties streamsProperties = StreamsSettings.streamsProperties(this.settings);
        this.topology = CrosscheckTopology.topology(p, streamsProperties, metrics);
        this.streams = new KafkaStreams(topology, streamsProperties);
        streams.setStateListener(this::onStateChange);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread died; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /** Creates the topics (when configured to) and starts processing. */
    public void start() throws InterruptedException, TimeoutException {
        if (StreamsSettings.createTopics(settings)) {
            try (Admin admin = Admin.create(StreamsSettings.adminProperties(settings))) {
                TopicCreator.createAll(admin, StreamsSettings.replicationFactor(settings), TOPIC_TIMEOUT);
            }
        }
        streams.start();
    }

    /**
     * Waits until the application is RUNNING (woken by the state listener).
     *
     * @throws TimeoutException when it is not RUNNING within {@code timeout}
     * @throws IllegalStateException when it stopped or failed instead
     */
    public void awaitRunning(Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (stateLock) {
            while (state != KafkaStreams.State.RUNNING) {
                if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                        || state == KafkaStreams.State.PENDING_SHUTDOWN || state == KafkaStreams.State.NOT_RUNNING) {
                    throw new IllegalStateException("crosscheck streams is " + state + ", not starting");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException("crosscheck streams not RUNNING after " + timeout + " (state " + state + ")");
                }
                TimeUnit.NANOSECONDS.timedWait(stateLock, left);
            }
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The resolved settings (defaults filled in). */
    public Properties settings() {
        Properties copy = new Properties();
        copy.putAll(settings);
        return copy;
    }

    public Topology topology() {
        return topology;
    }

    /** The underlying Kafka Streams instance, for metrics and interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Stops processing, waiting up to {@code timeout}; true when it shut down cleanly in time. */
    public boolean close(Duration timeout) {
        return streams.close(timeout);
    }

    @Override
    public void close() {
        close(DEFAULT_CLOSE_TIMEOUT);
    }

    private void onStateChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        LOG.info("crosscheck streams {} -> {}", oldState, newState);
        synchronized (stateLock) {
            state = newState;
            stateLock.notifyAll();
        }
    }
}
