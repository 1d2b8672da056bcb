package org.crosscheck.alerts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.crosscheck.avro.AlertStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The consumer loop's commit and shutdown rules, over Kafka's MockConsumer (the IT uses a real broker). */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class AlertConsumerTest {

    private static final TopicPartition P0 = new TopicPartition(AlertTopic.NAME, 0);
    private static final TopicPartition P1 = new TopicPartition(AlertTopic.NAME, 1);

    /** Offsets committed so far, by partition (MockConsumer forgets them once closed). */
    private final Map<TopicPartition, OffsetAndMetadata> commits = new java.util.concurrent.ConcurrentHashMap<>();

    private final MockConsumer<String, byte[]> mock = new MockConsumer<>("earliest") {
        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            super.commitSync(offsets);
            commits.putAll(offsets);
        }
    };
    private final List<ReceivedAlert> received = new CopyOnWriteArrayList<>();

    private AlertConsumer.Builder builder(AlertHandler handler) {
        return AlertConsumer.builder().bootstrapServers("unused:9092").groupId("test")
                .pollTimeout(Duration.ofMillis(10)).consumerFactory(p -> mock).handler(handler);
    }

    private void assignAndAdd(List<ConsumerRecord<String, byte[]>> records) {
        mock.schedulePollTask(() -> {
            mock.rebalance(List.of(P0, P1));
            mock.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
            records.forEach(mock::addRecord);
        });
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition tp, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(tp.topic(), tp.partition(), offset, key, value);
    }

    private static byte[] alert(String id, AlertStatus status) {
        return Alerts.encode(Alerts.numeric(id, status));
    }

    @Test
    void decodesAlertsAndCommitsWhatTheHandlerProcessed() throws Exception {
        assignAndAdd(List.of(record(P0, 0, "x", alert("x", AlertStatus.OPEN)),
                record(P0, 1, "x", alert("x", AlertStatus.RESOLVED)),
                record(P1, 0, "y", null)));
        CountDownLatch three = new CountDownLatch(3);
        AlertConsumer consumer = builder(a -> {
            received.add(a);
            three.countDown();
        }).build();
        Thread t = new Thread(consumer);
        t.start();
        assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
        consumer.close();
        t.join();

        assertThat(received).extracting(r -> r.alertId() + " " + (r.isTombstone() ? "tombstone" : r.alert().getStatus()))
                .containsExactly("x OPEN", "x RESOLVED", "y tombstone");
        assertThat(received.get(0).alert().getSummary()).startsWith("The Syrian Observatory");
        assertThat(commits).containsEntry(P0, new OffsetAndMetadata(2)).containsEntry(P1, new OffsetAndMetadata(1));
        assertThat(mock.closed()).isTrue();
        assertThat(consumer.isStopped()).isTrue();
    }

    @Test
    void aFailingHandlerStopsTheLoopAndItsRecordIsNotCommitted() {
        assignAndAdd(List.of(record(P0, 0, "a", alert("a", AlertStatus.OPEN)),
                record(P0, 1, "b", alert("b", AlertStatus.OPEN)),
                record(P0, 2, "c", alert("c", AlertStatus.OPEN))));
        AlertConsumer consumer = builder(a -> {
            if (a.alertId().equals("b")) {
                throw new IllegalStateException("desk unavailable");
            }
            received.add(a);
        }).build();

        assertThatThrownBy(consumer::run).isInstanceOf(AlertHandlerException.class)
                .hasMessageContaining("offset 1").hasRootCauseMessage("desk unavailable")
                .satisfies(e -> assertThat(((AlertHandlerException) e).record().alertId()).isEqualTo("b"));
        assertThat(received).extracting(ReceivedAlert::alertId).containsExactly("a");
        assertThat(commits).containsEntry(P0, new OffsetAndMetadata(1));
        assertThat(mock.closed()).isTrue();
    }

    @Test
    void anUndecodableRecordIsReportedSkippedAndCommitted() throws Exception {
        byte[] garbage = "not an alert".getBytes(StandardCharsets.UTF_8);
        assignAndAdd(List.of(record(P0, 0, "bad", garbage), record(P0, 1, "ok", alert("ok", AlertStatus.OPEN))));
        List<String> skipped = new CopyOnWriteArrayList<>();
        CountDownLatch one = new CountDownLatch(1);
        AlertConsumer consumer = builder(a -> {
            received.add(a);
            one.countDown();
        }).onUndecodable((r, e) -> skipped.add(r.key())).build();
        Thread t = new Thread(consumer);
        t.start();
        assertThat(one.await(10, TimeUnit.SECONDS)).isTrue();
        consumer.close();
        t.join();

        assertThat(skipped).containsExactly("bad");
        assertThat(received).extracting(ReceivedAlert::alertId).containsExactly("ok");
        assertThat(commits).containsEntry(P0, new OffsetAndMetadata(2));
    }

    @Test
    void closeFromAHandlerStopsAfterThatRecord() {
        assignAndAdd(List.of(record(P0, 0, "a", alert("a", AlertStatus.OPEN)),
                record(P0, 1, "b", alert("b", AlertStatus.OPEN))));
        AlertConsumer[] self = new AlertConsumer[1];
        self[0] = builder(a -> {
            received.add(a);
            self[0].close();
        }).build();

        self[0].run();

        assertThat(received).extracting(ReceivedAlert::alertId).containsExactly("a");
        assertThat(commits).containsEntry(P0, new OffsetAndMetadata(1));
        assertThat(mock.closed()).isTrue();
    }

    @Test
    void offsetsOfRevokedPartitionsAreCommittedInTheRebalance() throws Exception {
        assignAndAdd(List.of(record(P0, 0, "a", alert("a", AlertStatus.OPEN))));
        CountDownLatch one = new CountDownLatch(1);
        CountDownLatch revoked = new CountDownLatch(1);
        AlertConsumer consumer = builder(a -> {
            received.add(a);
            // the next poll loses P0 to another member before the batch commit would run
            mock.schedulePollTask(() -> {
                mock.rebalance(List.of(P1));
                revoked.countDown();
            });
            one.countDown();
        }).build();
        Thread t = new Thread(consumer);
        t.start();
        assertThat(one.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(revoked.await(10, TimeUnit.SECONDS)).isTrue();
        consumer.close();
        t.join();
        assertThat(commits).containsEntry(P0, new OffsetAndMetadata(1));
    }

    @Test
    void closedBeforeItRunsItNeverSubscribes() {
        AlertConsumer consumer = builder(received::add).build();
        consumer.close();
        consumer.run();
        assertThat(mock.subscription()).isEmpty();
        assertThat(mock.closed()).isTrue();
    }

    @Test
    void autoCommitIsAlwaysOffAndTheDefaultsSuitACompactedTopic() {
        AlertConsumer.Builder b = builder(received::add).property(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        assertThat(b.settings())
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "test");
        assertThatThrownBy(() -> AlertConsumer.builder().bootstrapServers("x:1").handler(received::add).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("group.id");
        assertThat(AlertTopic.NAME).isEqualTo("crosscheck.alerts.v1");
    }
}
