package org.crosscheck.alerts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.broker.KafkaCluster;
import org.crosscheck.broker.KafkaClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client against a real broker: typed alerts, committed offsets, redelivery after a failure, shutdown. */
@ExtendWith(KafkaClusterExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AlertConsumerIT {

    static KafkaCluster cluster;

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @BeforeAll
    static void createTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(AlertTopic.NAME, Optional.of(2), Optional.empty())
                    .configs(Map.of("cleanup.policy", "compact")))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Writes alerts the way the pipeline does: in a transaction; {@code commit=false} aborts it. */
    private static void publish(boolean commit, String... ids) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "alerts-it-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (String id : ids) {
                producer.send(new ProducerRecord<>(AlertTopic.NAME, id, Alerts.encode(Alerts.numeric(id, AlertStatus.OPEN))));
            }
            if (commit) {
                producer.commitTransaction();
            } else {
                producer.abortTransaction();
            }
        }
    }

    private AlertConsumer.Builder consumer(String group, AlertHandler handler) {
        return AlertConsumer.builder().bootstrapServers(cluster.bootstrapServers()).groupId(group).handler(handler)
                .pollTimeout(Duration.ofMillis(200));
    }

    /** Runs a consumer until {@code n} alerts arrived, then closes it; returns what it received. */
    private List<String> receive(String group, int n) throws Exception {
        List<String> got = new CopyOnWriteArrayList<>();
        CountDownLatch enough = new CountDownLatch(n);
        AlertConsumer c = consumer(group, a -> {
            got.add(a.alertId());
            enough.countDown();
        }).build();
        Future<?> loop = pool.submit(c);
        assertThat(enough.await(60, TimeUnit.SECONDS)).as("%d alerts for %s, got %s", n, group, got).isTrue();
        c.close();
        loop.get(30, TimeUnit.SECONDS);
        assertThat(c.isStopped()).isTrue();
        return got;
    }

    @Test
    void committedOffsetsSurviveARestartAndAbortedAlertsAreNeverSeen() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        publish(true, "c1-" + run, "c2-" + run);
        publish(false, "aborted-" + run);
        publish(true, "c3-" + run);

        String group = "desk-" + run;
        List<String> first = receive(group, 3).stream().filter(id -> id.endsWith(run)).toList();
        assertThat(first).containsExactlyInAnyOrder("c1-" + run, "c2-" + run, "c3-" + run);

        publish(true, "c4-" + run);
        List<String> second = receive(group, 1);
        assertThat(second).as("a restarted member of the group starts after what was committed").containsExactly("c4-" + run);
    }

    @Test
    void theRecordAHandlerFailedOnIsDeliveredAgain() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        publish(true, "f1-" + run);
        String group = "failing-" + run;
        AlertConsumer failing = consumer(group, a -> {
            if (a.alertId().equals("f1-" + run)) {
                throw new IllegalStateException("downstream unavailable");
            }
        }).build();
        Future<?> loop = pool.submit(failing);
        assertThatThrownBy(() -> loop.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(AlertHandlerException.class);

        List<String> again = receive(group, 1).stream().filter(id -> id.endsWith(run)).toList();
        assertThat(again).containsExactly("f1-" + run);
    }
}
