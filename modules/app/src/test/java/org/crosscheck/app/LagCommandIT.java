package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code lag} on a real broker: a group 3 records and about 30 s behind, a group that does not exist, no broker. */
@ExtendWith(KafkaClusterExtension.class)
class LagCommandIT {

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void showsCommittedEndLagInRecordsAndSecondsPerPartition(KafkaCluster cluster) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String topic = "lag-it-" + run;
        String group = "lag-it-group-" + run;
        String bootstrap = cluster.bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        long thirtySecondsAgo = System.currentTimeMillis() - 30_000;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(topic, 0, thirtySecondsAgo + i, null, bytes("p0-" + i)));
            }
            producer.send(new ProducerRecord<>(topic, 1, null, bytes("p1-0"))).get();
            producer.flush();
        }
        // the group has read 2 of partition 0 and all of partition 1
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(1)));
        }

        CommandRun table = CommandRun.of("lag", "-b", bootstrap, "--group", group);

        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.outLines();
        assertThat(lines.get(0)).startsWith("group " + group + " at ").contains(": 3 records waiting, oldest 3");
        assertThat(lines.get(1)).matches("TOPIC\\s+PARTITION\\s+COMMITTED\\s+END\\s+LAG\\s+LAG_S");
        assertThat(lines.get(2)).matches(topic + "\\s+0\\s+2\\s+5\\s+3\\s+3\\d\\.\\d");
        assertThat(lines.get(3)).matches(topic + "\\s+1\\s+1\\s+1\\s+0\\s+0\\.0");

        CommandRun json = CommandRun.of("lag", "-b", bootstrap, "--group", group, "--json");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.outLines().get(0));
        assertThat(report.get("group").asText()).isEqualTo(group);
        assertThat(report.get("total_lag").asLong()).isEqualTo(3);
        JsonNode p0 = report.get("partitions").get(0);
        assertThat(p0.get("committed").asLong()).isEqualTo(2);
        assertThat(p0.get("end").asLong()).isEqualTo(5);
        assertThat(p0.get("lag").asLong()).isEqualTo(3);
        // the record at the committed offset was stamped 30 s ago: that is how far behind the group is
        assertThat(p0.get("lag_seconds").asDouble()).isBetween(29.0, 90.0);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aGroupThatDoesNotExistIsOneClearLineAndAFailure(KafkaCluster cluster) {
        CommandRun run = CommandRun.of("lag", "-b", cluster.bootstrapServers(), "--group", "no-such-group-" + UUID.randomUUID());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("crosscheck lag: no consumer group 'no-such-group-");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBrokerThatDoesNotAnswerIsOneClearLineAndAFailureAtOnce() {
        long t0 = System.nanoTime();
        CommandRun run = CommandRun.of("lag", "-b", "127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("crosscheck lag: cannot reach Kafka at 127.0.0.1:1");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
