package org.crosscheck.alerts.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crosscheck.avro.ContradictionAlert;

/**
 * A consumer loop over crosscheck's alert topic that hands each decoded alert to an
 * {@link AlertHandler}, with at-least-once commits:
 *
 * <ul>
 *   <li>Offsets are committed only for records whose handler call returned: after each polled batch,
 *       when partitions are revoked in a rebalance, and when the loop stops.</li>
 *   <li>{@link #close()} (from any thread, e.g. a shutdown hook) wakes the consumer up; the loop commits
 *       what was processed, closes the consumer and returns. A record whose handler is running finishes
 *       first.</li>
 *   <li>A handler that throws stops the loop: earlier records are committed, the failed one is not,
 *       and {@link #run()} throws {@link AlertHandlerException}.</li>
 *   <li>A record that cannot be decoded (not a crosscheck alert) goes to the undecodable-record callback,
 *       which by default logs it and skips it (its offset is committed); it never reaches the handler.</li>
 * </ul>
 *
 * <p>Auto-commit is always off. Unless set otherwise, a new group starts from the earliest offset (the
 * compacted topic's current alert states) and reads committed records only ({@code read_committed}: the
 * pipeline writes alerts in transactions).
 *
 * <pre>{@code
 * try (AlertConsumer alerts = AlertConsumer.builder()
 *         .bootstrapServers("kafka:9092")
 *         .groupId("newsroom-desk")
 *         .handler(received -> desk.show(received.alert()))
 *         .build()) {
 *     Runtime.getRuntime().addShutdownHook(new Thread(alerts::close));
 *     alerts.run(); // until close()
 * }
 * }</pre>
 */
public final class AlertConsumer implements Runnable, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AlertConsumer.class.getName());

    /** What to do with a record whose value is not a decodable alert. */
    @FunctionalInterface
    public interface UndecodableHandler {
        void onUndecodable(ConsumerRecord<String, byte[]> record, RuntimeException error);
    }

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final AlertHandler handler;
    private final UndecodableHandler undecodable;
    private final Duration pollTimeout;
    private final Duration closeTimeout;
    private final Deserializer<ContradictionAlert> decoder = AlertTopic.valueDeserializer();
    private final Map<TopicPartition, OffsetAndMetadata> processed = new HashMap<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile Thread runner;

    AlertConsumer(Consumer<String, byte[]> consumer, String topic, AlertHandler handler, UndecodableHandler undecodable,
            Duration pollTimeout, Duration closeTimeout) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.undecodable = Objects.requireNonNull(undecodable, "undecodable");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "pollTimeout");
        this.closeTimeout = Objects.requireNonNull(closeTimeout, "closeTimeout");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Subscribes and consumes until {@link #close()} is called (then returns normally) or the handler
     * throws (then throws {@link AlertHandlerException}). May be called once.
     */
    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            if (closing) {
                return; // closed before it ran
            }
            throw new IllegalStateException("an AlertConsumer runs once");
        }
        runner = Thread.currentThread();
        try {
            if (closing) {
                return;
            }
            consumer.subscribe(List.of(topic), new CommitOnRevoke());
            while (!closing) {
                ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
                for (ConsumerRecord<String, byte[]> r : records) {
                    handle(r);
                    if (closing) {
                        break;
                    }
                }
                commit();
            }
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
        } finally {
            try {
                commitQuietly();
            } finally {
                consumer.close(closeTimeout);
                stopped.countDown();
            }
        }
    }

    private void handle(ConsumerRecord<String, byte[]> r) {
        TopicPartition tp = new TopicPartition(r.topic(), r.partition());
        ContradictionAlert alert;
        try {
            alert = decoder.deserialize(r.topic(), r.value());
        } catch (RuntimeException e) {
            undecodable.onUndecodable(r, e);
            processed.put(tp, new OffsetAndMetadata(r.offset() + 1));
            return;
        }
        ReceivedAlert received = new ReceivedAlert(r.key(), alert, r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()));
        try {
            handler.handle(received);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AlertHandlerException(received, e);
        } catch (Exception e) {
            throw new AlertHandlerException(received, e);
        }
        processed.put(tp, new OffsetAndMetadata(r.offset() + 1));
    }

    private void commit() {
        if (!processed.isEmpty()) {
            consumer.commitSync(Map.copyOf(processed));
            processed.clear();
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (WakeupException e) {
            commit(); // the wakeup was for the loop; the final commit still has to happen
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not commit processed alert offsets " + processed
                    + "; they will be delivered again", e);
        }
    }

    /**
     * Stops the loop: wakes the consumer up and, unless called from the loop's own thread (a handler),
     * waits up to the close timeout for it to commit and close. Idempotent.
     */
    @Override
    public void close() {
        closing = true;
        if (!started.get()) {
            if (started.compareAndSet(false, true)) {
                consumer.close(closeTimeout);
                stopped.countDown();
            }
            return;
        }
        if (Thread.currentThread() == runner) {
            return; // called by a handler: the loop stops after it returns
        }
        consumer.wakeup();
        try {
            if (!stopped.await(closeTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "alert consumer did not stop within " + closeTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once the loop has committed, closed its consumer and returned (or was closed before it ran). */
    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    private final class CommitOnRevoke implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata o = processed.remove(tp);
                if (o != null) {
                    revoked.put(tp, o);
                }
            }
            if (!revoked.isEmpty()) {
                consumer.commitSync(revoked);
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(processed::remove); // another member owns them now: nothing to commit
        }
    }

    /** Builds an {@link AlertConsumer}; bootstrap servers, group id and handler are required. */
    public static final class Builder {

        private final Properties properties = new Properties();
        private String topic = AlertTopic.NAME;
        private AlertHandler handler;
        private UndecodableHandler undecodable = (record, error) -> LOG.log(System.Logger.Level.WARNING,
                "skipping a record that is not a crosscheck alert: " + record.topic() + "-" + record.partition()
                        + "@" + record.offset() + ": " + error);
        private Duration pollTimeout = Duration.ofMillis(500);
        private Duration closeTimeout = Duration.ofSeconds(30);
        private Function<Properties, Consumer<String, byte[]>> factory =
                p -> new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());

        private Builder() {
            properties.setProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            properties.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        }

        public Builder bootstrapServers(String servers) {
            return property(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        }

        public Builder groupId(String groupId) {
            return property(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }

        /** Any other consumer setting (security, client id, max.poll.records, ...). Auto-commit stays off. */
        public Builder property(String name, String value) {
            properties.setProperty(name, value);
            return this;
        }

        public Builder properties(Properties more) {
            more.stringPropertyNames().forEach(n -> properties.setProperty(n, more.getProperty(n)));
            return this;
        }

        public Builder handler(AlertHandler h) {
            this.handler = h;
            return this;
        }

        /** Replaces the default (log and skip) for records that do not decode as alerts. */
        public Builder onUndecodable(UndecodableHandler h) {
            this.undecodable = Objects.requireNonNull(h, "h");
            return this;
        }

        /** Another topic of the same format (a mirror, a test topic); default {@link AlertTopic#NAME}. */
        public Builder topic(String name) {
            this.topic = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder pollTimeout(Duration d) {
            this.pollTimeout = Objects.requireNonNull(d, "d");
            return this;
        }

        public Builder closeTimeout(Duration d) {
            this.closeTimeout = Objects.requireNonNull(d, "d");
            return this;
        }

        Builder consumerFactory(Function<Properties, Consumer<String, byte[]>> f) {
            this.factory = Objects.requireNonNull(f, "f");
            return this;
        }

        public AlertConsumer build() {
            if (handler == null) {
                throw new IllegalStateException("an AlertConsumer needs a handler");
            }
            for (String required : List.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConsumerConfig.GROUP_ID_CONFIG)) {
                if (properties.getProperty(required) == null || properties.getProperty(required).isBlank()) {
                    throw new IllegalStateException("an AlertConsumer needs " + required);
                }
            }
            Properties p = new Properties();
            p.putAll(properties);
            p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            return new AlertConsumer(factory.apply(p), topic, handler, undecodable, pollTimeout, closeTimeout);
        }

        /** The consumer settings {@link #build()} would use (for tests and diagnostics). */
        Properties settings() {
            Properties p = new Properties();
            p.putAll(properties);
            p.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            return p;
        }
    }
}
