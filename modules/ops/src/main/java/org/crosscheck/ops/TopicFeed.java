package org.crosscheck.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.schema.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer, on its own thread, that follows three topics for the dashboard and the metrics:
 * the alerts (into {@link RecentAlerts}), the articles (only their url, so claims can link to them) and
 * the dead letters (counted by reason into {@link OpsMetrics}).
 *
 * <p>It assigns partitions itself and commits nothing, so it joins no group and disturbs nobody.
 * Reads are read_committed: under exactly_once_v2 an alert or a dead letter of an aborted transaction
 * never happened. It starts near the end: the last {@value #RECENT_ALERTS} alerts and
 * {@value #RECENT_ARTICLES} articles of each partition (so a dashboard opened on a running pipeline is not
 * empty), and at the end of the dead-letter topic (its counter counts from this start, as Prometheus
 * counters do). The start positions are fixed before {@link #start()} returns, so nothing produced after
 * it is missed. Records are decoded here, one by one, so an unreadable one is stepped over.
 */
public final class TopicFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicFeed.class);
    static final int RECENT_ALERTS = 50;
    static final int RECENT_ARTICLES = 500;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final RecentAlerts alerts;
    private final OpsMetrics metrics;
    private final Thread thread;
    private final String deadLetterTopic;
    private volatile boolean stopped;

    public TopicFeed(Map<String, Object> clientConfig, String deadLetterTopic, RecentAlerts alerts, OpsMetrics metrics) {
        this.deadLetterTopic = deadLetterTopic;
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "crosscheck-ops-feed");
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.alerts = alerts;
        this.metrics = metrics;
        this.thread = new Thread(this::loop, "crosscheck-ops-feed");
        thread.setDaemon(true);
    }

    /** Assigns the partitions, fixes the start positions, then follows on a thread of its own. */
    public void start() {
        Map<TopicPartition, Integer> back = new HashMap<>();
        partitions(Topics.ALERTS.name()).forEach(tp -> back.put(tp, RECENT_ALERTS));
        partitions(Topics.ARTICLES.name()).forEach(tp -> back.put(tp, RECENT_ARTICLES));
        partitions(deadLetterTopic).forEach(tp -> back.put(tp, 0));
        consumer.assign(back.keySet());
        Map<TopicPartition, Long> ends = consumer.endOffsets(back.keySet(), METADATA_TIMEOUT);
        Map<TopicPartition, Long> starts = consumer.beginningOffsets(back.keySet(), METADATA_TIMEOUT);
        back.forEach((tp, n) -> consumer.seek(tp, Math.max(starts.get(tp), ends.get(tp) - n)));
        thread.start();
    }

    private List<TopicPartition> partitions(String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
        List<TopicPartition> out = new ArrayList<>();
        if (infos == null || infos.isEmpty()) {
            LOG.warn("topic {} not found; the dashboard will not show its records", topic);
            return out;
        }
        infos.forEach(i -> out.add(new TopicPartition(i.topic(), i.partition())));
        return out;
    }

    private void loop() {
        try {
            while (!stopped) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                // articles first: the url of an article is known before an alert of the same poll needs it
                for (ConsumerRecord<byte[], byte[]> r : records.records(Topics.ARTICLES.name())) {
                    article(r);
                }
                for (ConsumerRecord<byte[], byte[]> r : records.records(Topics.ALERTS.name())) {
                    alert(r);
                }
                for (ConsumerRecord<byte[], byte[]> r : records.records(deadLetterTopic)) {
                    metrics.deadLetter(DeadLetters.reason(r.headers()), 1);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } catch (RuntimeException e) {
            LOG.error("the operations feed stopped: {}", e.toString(), e);
        }
    }

    private void article(ConsumerRecord<byte[], byte[]> r) {
        if (r.value() == null) {
            return;
        }
        try {
            Article a = Topics.ARTICLES.valueSerde().deserializer().deserialize(r.topic(), r.value());
            alerts.articleUrl(a.getId(), a.getUrl());
        } catch (RuntimeException e) {
            // unreadable: the pipeline dead-letters it, and the dead-letter topic is where it is counted
        }
    }

    private void alert(ConsumerRecord<byte[], byte[]> r) {
        if (r.value() == null) {
            return; // a tombstone from compaction, not an alert
        }
        try {
            ContradictionAlert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
            // when it was seen, not the record's timestamp: the pipeline stamps alerts with the publication
            // time of the claims behind them (event time), which says nothing of when the alert was raised
            alerts.add(alert, Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("skipping unreadable alert at {}-{} offset {}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
        }
    }

    @Override
    public void close() {
        stopped = true;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
