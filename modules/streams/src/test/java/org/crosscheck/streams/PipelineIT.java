package org.crosscheck.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.broker.KafkaCluster;
import org.crosscheck.broker.KafkaClusterExtension;
import org.crosscheck.schema.kafka.Topic;
import org.crosscheck.schema.kafka.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on a real broker: articles in, a contradiction out, garbage to the dead-letter topic. */
@ExtendWith(KafkaClusterExtension.class)
class PipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void articlesBecomeAContradictionAndGarbageBecomesADeadLetter(KafkaCluster cluster) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Properties settings = new Properties();
        settings.setProperty(StreamsSettings.BOOTSTRAP_SERVERS, cluster.bootstrapServers());
        settings.setProperty(StreamsSettings.APPLICATION_ID, "crosscheck-it-" + run);
        settings.setProperty(StreamsSettings.STATE_DIR, stateDir.toString());

        try (CrosscheckApp app = new CrosscheckApp(settings)) {
            app.start();
            assertTopicsExist(cluster);
            app.awaitRunning(WAIT);
            assertThat(app.state()).isEqualTo(KafkaStreams.State.RUNNING);

            Article a = withId(Articles.SOHR_RAQQA, Articles.SOHR_RAQQA.getId() + "-" + run);
            Article b = withId(Articles.COALITION_RAQQA, Articles.COALITION_RAQQA.getId() + "-" + run);
            String garbageKey = "garbage-" + run;
            byte[] garbage = "{\"not\": \"an Avro article\"}".getBytes(StandardCharsets.UTF_8);

            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
                for (Article article : List.of(a, b)) {
                    producer.send(new ProducerRecord<>(Topics.ARTICLES.name(),
                            Topics.ARTICLES.keySerde().serializer().serialize(Topics.ARTICLES.name(), article.getId()),
                            Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article)));
                }
                producer.flush();
            }

            ConsumerRecord<String, ContradictionAlert> alert = awaitRecord(cluster, Topics.ALERTS,
                    r -> r.value() != null && r.value().getKind() == AlertKind.NUMERIC
                            && r.value().getClaims().stream().anyMatch(c -> c.getArticleId().equals(a.getId())));
            assertThat(alert.key()).isEqualTo(alert.value().getAlertId());
            assertThat(alert.value().getClaims()).extracting(c -> c.getClaimant().getId())
                    .containsExactlyInAnyOrder("sohr", "coalition");
            ConsumerRecord<String, EventRecord> event = awaitRecord(cluster, Topics.EVENTS,
                    r -> r.value() != null && r.key().equals(alert.value().getEvent().getId())
                            && r.value().getOpenAlerts().contains(alert.value().getAlertId()));
            assertThat(event.value().getFigures()).extracting(f -> f.getClaimant().getId())
                    .contains("sohr", "coalition");

            // Last, and alone: under exactly_once_v2 a dead letter must be committed even when no good
            // record follows it in the same transaction.
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), bytes(garbageKey), garbage)).get();
            }
            ConsumerRecord<byte[], byte[]> dead = awaitRecord(cluster, Topics.ARTICLES_DLQ,
                    r -> r.key() != null && garbageKey.equals(new String(r.key(), StandardCharsets.UTF_8)));
            assertThat(dead.value()).isEqualTo(garbage);
            Map<String, String> headers = new TreeMap<>();
            for (Header h : dead.headers()) {
                headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
            }
            assertThat(headers).containsKeys("__streams.errors.exception", "__streams.errors.message",
                    "__streams.errors.stacktrace", "__streams.errors.topic", "__streams.errors.partition",
                    "__streams.errors.offset");
            assertThat(headers.get("__streams.errors.topic")).isEqualTo(Topics.ARTICLES.name());

            assertThat(app.state()).as("a bad record does not stop the application").isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private static void assertTopicsExist(KafkaCluster cluster) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            Set<String> names = Topics.specs().stream().map(s -> s.name()).collect(java.util.stream.Collectors.toSet());
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            Topics.specs().forEach(spec ->
                    assertThat(described.get(spec.name()).partitions()).hasSize(spec.partitions()));
            // creating them again is fine
            assertThat(TopicCreator.createAll(admin, Optional.of((short) 1), Duration.ofSeconds(30))).isEmpty();
        }
    }

    /** Polls the topic from the beginning (read_committed) until a record matches, for at most {@link #WAIT}. */
    private static <K, V> ConsumerRecord<K, V> awaitRecord(KafkaCluster cluster, Topic<K, V> topic,
            Predicate<ConsumerRecord<K, V>> wanted) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "pipeline-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<K, V> r : consumer.poll(Duration.ofMillis(250))) {
                    if (wanted.test(r)) {
                        return r;
                    }
                    seen.add(String.valueOf(r.key()));
                }
            }
        }
        throw new AssertionError("no matching record on " + topic.name() + " within " + WAIT + "; saw keys " + seen);
    }

    private static Article withId(Article article, String id) {
        return Article.newBuilder(article).setId(id).build();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
