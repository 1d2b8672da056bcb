package org.crosscheck.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.crosscheck.broker.KafkaCluster;
import org.crosscheck.broker.KafkaClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lag on a real broker where exactly_once_v2 leaves its traces: transaction markers and aborted records
 * are not lag, and a record stamped with an old event time is not taken for years of waiting once the
 * reader has seen the partition before it arrived.
 */
@ExtendWith(KafkaClusterExtension.class)
class LagReaderIT {

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void markersAndAbortedRecordsAreNotLagAndEventTimeIsNotWaitingTime(KafkaCluster cluster) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "lag-eos-" + run;
        String group = "lag-eos-group-" + run;
        TopicPartition tp = new TopicPartition(topic, 0);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<byte[], byte[]> producer = transactional(cluster, run)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 0, null, bytes("committed-1")));
            producer.send(new ProducerRecord<>(topic, 0, null, bytes("committed-2")));
            producer.commitTransaction(); // offsets 0, 1 and a marker at 2
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, 0, null, bytes("aborted"))).get();
            producer.abortTransaction(); // offset 3 aborted, a marker at 4
        }
        commit(cluster, group, tp, 2); // the group read both committed records

        try (LagReader reader = new LagReader(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            PartitionLag idle = reader.read(group).partitions().get(0);
            assertThat(idle.committed()).isEqualTo(2);
            assertThat(idle.end()).isEqualTo(5);
            assertThat(idle.lag()).as("markers and aborted records only").isZero();
            assertThat(idle.lagSeconds()).isZero();

            // a record stamped with its publication time in 2017 arrives now: waiting for seconds, not years
            try (KafkaProducer<byte[], byte[]> producer = transactional(cluster, run + "-2")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, 0, Instant.parse("2017-06-16T09:00:00Z").toEpochMilli(),
                        null, bytes("event-time")));
                producer.commitTransaction();
            }
            PartitionLag waiting = reader.read(group).partitions().get(0);
            // offsets 2 to 6 (markers, the aborted record, the new record and its marker): counted as offsets, as
            // Kafka's own tools do, once something real waits among them
            assertThat(waiting.lag()).isEqualTo(5);
            assertThat(waiting.lagSeconds()).isNotNull().isLessThan(60.0);
        }

        // a reader that never saw the partition before has only the timestamp to go by
        try (LagReader fresh = new LagReader(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            assertThat(fresh.read(group).partitions().get(0).lagSeconds()).isGreaterThan(365 * 24 * 3600.0);
            assertThatThrownBy(() -> fresh.read("no-such-group-" + run)).isInstanceOf(LagException.UnknownGroup.class)
                    .hasMessageContaining("no consumer group 'no-such-group-" + run + "'");
        }
    }

    private static KafkaProducer<byte[], byte[]> transactional(KafkaCluster cluster, String id) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "lag-it-" + id), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void commit(KafkaCluster cluster, String group, TopicPartition tp, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.commitSync(Map.of(tp, new OffsetAndMetadata(offset)));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
