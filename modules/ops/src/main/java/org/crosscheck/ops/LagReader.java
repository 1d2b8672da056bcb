package org.crosscheck.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Measures a consumer group's lag: per partition the committed offset, the end offset, the records
 * between them and, what operators care about, how old the oldest of those records is.
 *
 * <p>Offsets come from the Admin API (the group's committed offsets; the last stable offset, as a
 * read_committed reader sees the end). The age is read from the timestamp of the record at the committed
 * offset, fetched by a consumer of its own that only assigns partitions: it never joins, commits to or
 * otherwise disturbs the group it measures. Under exactly_once_v2 the last offset of a partition is often
 * a transaction marker, which no consumer ever receives; when only markers (or aborted records) lie
 * between the committed offset and the end, the lag is 0, not 1.
 *
 * <p>A record's timestamp is not always when it was written: the pipeline stamps each claim with its
 * article's publication time, so a claim waiting for a second would look years old. The reader therefore
 * remembers the end offsets it has seen and when; once it has seen a partition end at or below an offset,
 * the record there cannot be older than that moment, and its age is capped accordingly. A reader that
 * measures repeatedly (the dashboard's poller, {@code lag --watch}) thus gives the real waiting time on
 * every topic from its second measurement on.
 *
 * <p>Not thread-safe; one reader per thread (the poller, or one {@code lag} command).
 */
public final class LagReader implements AutoCloseable {

    /** How long one read may take for the Admin calls, and for the record timestamps. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FETCH_WINDOW = Duration.ofSeconds(3);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final String bootstrap;
    private final Map<String, Object> clientConfig;
    private final Clock clock;
    private Admin admin;
    private KafkaConsumer<byte[], byte[]> consumer;
    /** Per partition: end offset -> the last time (ms) this reader saw the partition end there. */
    private final Map<TopicPartition, java.util.TreeMap<Long, Long>> seenEnds = new HashMap<>();
    private static final int SEEN_ENDS_KEPT = 4096;

    public LagReader(Map<String, Object> clientConfig) {
        this(clientConfig, Clock.systemUTC());
    }

    LagReader(Map<String, Object> clientConfig, Clock clock) {
        this.clientConfig = Map.copyOf(clientConfig);
        this.bootstrap = String.valueOf(clientConfig.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG));
        this.clock = clock;
    }

    /**
     * The group's lag now.
     *
     * @throws LagException.UnknownGroup when the group does not exist
     * @throws LagException when Kafka does not answer in time
     */
    public LagReport read(String group) throws InterruptedException {
        Instant at = clock.instant();
        Admin a = admin();
        Map<TopicPartition, OffsetAndMetadata> committed =
                get(a.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(), "the offsets of group " + group);
        committed.values().removeIf(v -> v == null);
        Set<TopicPartition> assigned = assigned(a, group);
        if (committed.isEmpty() && assigned.isEmpty()) {
            boolean exists = get(a.listGroups().all(), "the list of groups").stream()
                    .map(GroupListing::groupId).anyMatch(group::equals);
            if (!exists) {
                throw new LagException.UnknownGroup(group, bootstrap);
            }
            return new LagReport(group, at, List.of()); // a group with no member and no commit
        }
        Set<String> topics = new HashSet<>();
        committed.keySet().forEach(tp -> topics.add(tp.topic()));
        assigned.forEach(tp -> topics.add(tp.topic()));
        Set<TopicPartition> known = new HashSet<>(committed.keySet());
        known.addAll(assigned);
        List<TopicPartition> partitions = allPartitions(a, topics, known);

        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        for (TopicPartition tp : partitions) {
            latest.put(tp, OffsetSpec.latest());
            if (!committed.containsKey(tp)) {
                earliest.put(tp, OffsetSpec.earliest());
            }
        }
        ListOffsetsOptions readCommitted = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
        Map<TopicPartition, ListOffsetsResultInfo> ends = get(a.listOffsets(latest, readCommitted).all(), "end offsets");
        Map<TopicPartition, ListOffsetsResultInfo> starts = earliest.isEmpty() ? Map.of()
                : get(a.listOffsets(earliest, readCommitted).all(), "start offsets");

        Map<TopicPartition, Long> from = new HashMap<>();
        Map<TopicPartition, Long> end = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long start = c != null ? c.offset() : starts.get(tp).offset();
            long e = ends.get(tp).offset();
            end.put(tp, e);
            if (e > start) {
                from.put(tp, start);
            }
        }
        Map<TopicPartition, Oldest> oldest = oldestWaiting(from, end);
        long now = clock.millis();

        List<PartitionLag> rows = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            long e = end.get(tp);
            Long start = from.get(tp);
            long lag = start == null ? 0 : e - start;
            Double seconds = 0.0;
            if (start != null) {
                Oldest o = oldest.get(tp);
                if (o == null) {
                    seconds = null; // not read in time
                } else if (o.timestamp < 0) {
                    lag = 0; // only transaction markers or aborted records left
                } else {
                    long age = Math.max(0, now - o.timestamp);
                    Long notBefore = lastSeenAtOrBelow(tp, o.offset);
                    if (notBefore != null) {
                        age = Math.min(age, Math.max(0, now - notBefore));
                    }
                    seconds = age / 1000.0;
                }
            }
            rows.add(new PartitionLag(tp.topic(), tp.partition(), c == null ? null : c.offset(), e, lag, seconds));
        }
        end.forEach((tp, e) -> remember(tp, e, now));
        return new LagReport(group, at, rows);
    }

    /** The first readable record at or after each start offset: its timestamp, or -1 when none lies before the end. */
    private Map<TopicPartition, Oldest> oldestWaiting(Map<TopicPartition, Long> from, Map<TopicPartition, Long> end) {
        Map<TopicPartition, Oldest> found = new HashMap<>();
        if (from.isEmpty()) {
            return found;
        }
        KafkaConsumer<byte[], byte[]> c = consumer();
        c.assign(from.keySet());
        from.forEach(c::seek);
        long deadline = System.nanoTime() + FETCH_WINDOW.toNanos();
        while (found.size() < from.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(100))) {
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                if (!found.containsKey(tp) && r.offset() < end.get(tp)) {
                    found.put(tp, new Oldest(r.offset(), r.timestamp()));
                }
            }
            for (TopicPartition tp : from.keySet()) {
                // the consumer stepped over markers / aborted data to the end without a record: nothing waits
                if (!found.containsKey(tp) && c.position(tp, Duration.ofSeconds(1)) >= end.get(tp)) {
                    found.put(tp, new Oldest(-1, -1));
                }
            }
        }
        c.assign(List.of());
        return found;
    }

    private record Oldest(long offset, long timestamp) {
    }

    /** The last time this reader saw the partition end at or below {@code offset} (the record there did not exist yet). */
    private Long lastSeenAtOrBelow(TopicPartition tp, long offset) {
        java.util.TreeMap<Long, Long> ends = seenEnds.get(tp);
        if (ends == null) {
            return null;
        }
        Map.Entry<Long, Long> e = ends.floorEntry(offset);
        return e == null ? null : e.getValue();
    }

    private void remember(TopicPartition tp, long end, long now) {
        java.util.TreeMap<Long, Long> ends = seenEnds.computeIfAbsent(tp, k -> new java.util.TreeMap<>());
        ends.put(end, now);
        while (ends.size() > SEEN_ENDS_KEPT) {
            ends.pollFirstEntry();
        }
    }

    /**
     * The partitions assigned to the group's members now: a group that has not committed yet (a pipeline
     * that has read nothing) still shows what it reads. Empty when the group cannot be described.
     */
    private static Set<TopicPartition> assigned(Admin a, String group) throws InterruptedException {
        Set<TopicPartition> out = new HashSet<>();
        try {
            ConsumerGroupDescription d = a.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            d.members().forEach(m -> out.addAll(m.assignment().topicPartitions()));
        } catch (ExecutionException | TimeoutException e) {
            // not a consumer group (a share or streams-protocol group), or gone: offsets alone will do
        }
        return out;
    }

    private static List<TopicPartition> allPartitions(Admin a, Set<String> topics, Collection<TopicPartition> committed)
            throws InterruptedException {
        Set<TopicPartition> all = new HashSet<>(committed);
        Map<String, TopicDescription> described;
        try {
            described = a.describeTopics(topics).allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            described = Map.of(); // a deleted topic: report what was committed
        }
        for (TopicDescription d : described.values()) {
            for (TopicPartitionInfo p : d.partitions()) {
                all.add(new TopicPartition(d.name(), p.partition()));
            }
        }
        List<TopicPartition> sorted = new ArrayList<>(all);
        sorted.sort((x, y) -> x.topic().equals(y.topic()) ? Integer.compare(x.partition(), y.partition())
                : x.topic().compareTo(y.topic()));
        return sorted;
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> future, String what) throws InterruptedException {
        try {
            return future.get(TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(null);
            }
            throw new LagException("cannot read " + what + " from Kafka at " + bootstrap + ": " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw unreachable(null);
        }
    }

    private LagException unreachable(String detail) {
        return new LagException("cannot reach Kafka at " + bootstrap + " within " + TIMEOUT.toSeconds() + " s"
                + (detail == null ? "" : " (" + detail + ")"));
    }

    private Admin admin() {
        if (admin == null) {
            requireReachable();
            Map<String, Object> config = new HashMap<>(clientConfig);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "crosscheck-lag");
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            admin = Admin.create(config);
        }
        return admin;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        if (consumer == null) {
            Map<String, Object> config = new HashMap<>(clientConfig);
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "crosscheck-lag-probe");
            config.remove(ConsumerConfig.GROUP_ID_CONFIG); // never joins a group, never commits
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            // the committed offset may have been deleted by retention: then the oldest retained record is the oldest waiting
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
            // one record per partition is all that is wanted; the broker still returns at least one batch
            config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1024);
            config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024);
            consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }
        return consumer;
    }

    /**
     * Fails at once, in one line, when no bootstrap server accepts a TCP connection, instead of letting
     * the Admin client retry (and log) for its whole timeout.
     */
    private void requireReachable() {
        List<String> tried = new ArrayList<>();
        for (String server : bootstrap.split(",")) {
            String s = server.strip();
            int colon = s.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            String host = s.substring(0, colon).replace("[", "").replace("]", "");
            int port;
            try {
                port = Integer.parseInt(s.substring(colon + 1));
            } catch (NumberFormatException e) {
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) CONNECT_TIMEOUT.toMillis());
                return;
            } catch (IOException e) {
                tried.add(s + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        if (!tried.isEmpty()) {
            throw new LagException("cannot reach Kafka at " + bootstrap + " (" + String.join("; ", tried) + ")");
        }
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
