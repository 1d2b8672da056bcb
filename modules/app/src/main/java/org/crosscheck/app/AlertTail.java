package org.crosscheck.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.schema.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the alerts topic and hands each alert on as it arrives. Used by {@code alerts} and {@code demo}.
 *
 * <p>Without a group the consumer assigns itself every partition and commits nothing, so watching never
 * disturbs anyone's offsets; with a group it subscribes and commits, so a restart continues where it
 * stopped. Reads are {@code read_committed}: under exactly_once_v2 an alert from an aborted transaction
 * was never raised. {@link #wakeup()} (from a shutdown hook) ends {@link #run} promptly.
 */
final class AlertTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertTail.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaConsumer<String, ContradictionAlert> consumer;
    private final String topic = Topics.ALERTS.name();
    private final boolean grouped;
    private final boolean fromBeginning;
    private volatile boolean stopped;

    AlertTail(String bootstrapServers, Optional<String> group, boolean fromBeginning) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "crosscheck-alerts");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false); // the app creates it, with compaction
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
        group.ifPresent(g -> config.put(ConsumerConfig.GROUP_ID_CONFIG, g));
        this.consumer = new KafkaConsumer<>(config,
                Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
        this.grouped = group.isPresent();
        this.fromBeginning = fromBeginning;
    }

    /**
     * Hands each alert to {@code sink} until a limit is reached or {@link #wakeup()} is called.
     *
     * @return how many alerts were handed on
     */
    long run(Consumer<ContradictionAlert> sink, TailLimits limits) {
        long start = System.nanoTime();
        long lastRecord = start;
        long count = 0;
        try {
            if (!attach(limits, start)) {
                return 0;
            }
            while (!stopped) {
                long now = System.nanoTime();
                if (expired(limits.total(), start, now) || expired(limits.idle(), lastRecord, now)) {
                    break;
                }
                for (ConsumerRecord<String, ContradictionAlert> record : poll()) {
                    if (record.value() == null) {
                        continue; // a tombstone: compaction's removal of an alert, not an alert
                    }
                    sink.accept(record.value());
                    count++;
                    lastRecord = System.nanoTime();
                    if (limits.maxRecords() > 0 && count >= limits.maxRecords()) {
                        return count;
                    }
                }
            }
        } catch (WakeupException e) {
            LOG.debug("alert tail woken up to stop");
        }
        return count;
    }

    /** Asks {@link #run} to return; safe from any thread. */
    void wakeup() {
        stopped = true;
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
    }

    /** Subscribes or assigns; false when stopped before the topic appeared. */
    private boolean attach(TailLimits limits, long start) {
        if (grouped) {
            consumer.subscribe(List.of(topic));
            return true;
        }
        List<TopicPartition> partitions = List.of();
        boolean warned = false;
        while (partitions.isEmpty()) {
            if (stopped || expired(limits.total(), start, System.nanoTime())
                    || expired(limits.idle(), start, System.nanoTime())) {
                return false;
            }
            partitions = partitions();
            if (partitions.isEmpty()) {
                if (!warned) {
                    LOG.info("waiting for topic {} (started by `crosscheck run` or `demo`)", topic);
                    warned = true;
                }
                sleep(POLL);
            }
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        return true;
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
        List<TopicPartition> partitions = new ArrayList<>();
        if (infos != null) {
            for (PartitionInfo info : infos) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
        }
        return partitions;
    }

    /** One poll; an alert that cannot be read is logged and stepped over rather than stopping the tail. */
    private Iterable<ConsumerRecord<String, ContradictionAlert>> poll() {
        try {
            return consumer.poll(POLL);
        } catch (RecordDeserializationException e) {
            LOG.warn("skipping unreadable alert at {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
            return List.of();
        }
    }

    private static boolean expired(Duration limit, long since, long now) {
        return !limit.isZero() && now - since >= limit.toNanos();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }
}
