package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.crosscheck.avro.Article;
import org.crosscheck.broker.KafkaCluster;
import org.crosscheck.broker.KafkaClusterExtension;
import org.crosscheck.schema.kafka.Topics;
import org.crosscheck.streams.TopicCreator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} on a real broker with bad lines among good ones: JSON that is not an article, text that
 * is not JSON, an article with a blank id, one over the size limit. Each is reported with its line number
 * and skipped; every good line around them is delivered.
 */
@ExtendWith(KafkaClusterExtension.class)
class IngestIT {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void badLinesAreReportedByNumberAndTheGoodOnesAroundThemAreDelivered(KafkaCluster cluster) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            TopicCreator.createAll(admin, Optional.of((short) 1), Duration.ofSeconds(30));
        }
        String big = "x".repeat(JsonLinesReader.MAX_LINE_BYTES);
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, String.join("\n",
                article("good-1-" + run, "A market was hit."),
                "{\"headline\": \"a JSON object, but not an article\"}",
                article("good-2-" + run, "A school was hit."),
                "this is not JSON at all",
                article(" ", "An article whose id is blank."),
                article("too-big-" + run, big),
                article("good-3-" + run, "A bridge was hit.")) + "\n", StandardCharsets.UTF_8);

        CommandRun ingest = CommandRun.of("ingest", "-b", cluster.bootstrapServers(), "-i", input.toString());

        assertThat(ingest.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        List<String> err = ingest.err().lines().toList();
        assertThat(err).anySatisfy(l -> assertThat(l).startsWith("line 2: "));
        assertThat(err).anySatisfy(l -> assertThat(l).startsWith("line 4: "));
        assertThat(err).contains("line 5: id: must not be blank");
        assertThat(err).anySatisfy(l -> assertThat(l).startsWith("line 6: longer than 1048576 bytes"));
        assertThat(err).contains("sent 3, skipped 4");
        assertThat(err).noneSatisfy(l -> assertThat(l).startsWith("line 1:"))
                .noneSatisfy(l -> assertThat(l).startsWith("line 3:")).noneSatisfy(l -> assertThat(l).startsWith("line 7:"));

        assertThat(idsOnTheTopic(cluster, run)).containsExactlyInAnyOrder("good-1-" + run, "good-2-" + run, "good-3-" + run);
    }

    private static String article(String id, String body) {
        return "{\"id\":\"" + id + "\",\"url\":null,\"outlet\":\"Test Wire\",\"published_at\":\"2017-06-16T09:00:00Z\","
                + "\"title\":\"Strike\",\"body\":\"" + body + "\",\"language\":\"en\"}";
    }

    private static Set<String> idsOnTheTopic(KafkaCluster cluster, String run) {
        Set<String> ids = new HashSet<>();
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "ingest-it-" + run,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Topics.ARTICLES.keySerde().deserializer(), Topics.ARTICLES.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.ARTICLES.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ids.size() < 3 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Article> r : consumer.poll(Duration.ofMillis(250))) {
                    if (r.key().endsWith(run)) {
                        ids.add(r.key());
                    }
                }
            }
        }
        return ids;
    }
}
