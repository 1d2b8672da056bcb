package org.crosscheck.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.crosscheck.schema.kafka.TopicSpec;
import org.crosscheck.schema.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the crosscheck topics as {@link Topics#specs()} describes them (partitions, cleanup policy)
 * with a given replication factor. Idempotent: a topic that already exists is left as it is.
 */
public final class TopicCreator {

    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);

    private TopicCreator() {}

    /** Every crosscheck topic; see {@link #create(Admin, List, Optional, Duration)}. */
    public static List<String> createAll(Admin admin, Optional<Short> replicationFactor, Duration timeout)
            throws InterruptedException, TimeoutException {
        return create(admin, Topics.specs(), replicationFactor, timeout);
    }

    /**
     * Creates the topics that do not exist yet.
     *
     * @param replicationFactor empty for the broker's default
     * @return the names of the topics created by this call (not those that existed)
     * @throws IllegalStateException when the broker refuses a topic for another reason than its existence
     */
    public static List<String> create(Admin admin, List<TopicSpec> specs, Optional<Short> replicationFactor,
            Duration timeout) throws InterruptedException, TimeoutException {
        List<NewTopic> topics = specs.stream().map(s -> s.newTopic(replicationFactor)).toList();
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> created = new ArrayList<>();
        for (Map.Entry<String, KafkaFuture<Void>> e : results.entrySet()) {
            try {
                e.getValue().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                created.add(e.getKey());
            } catch (ExecutionException ex) {
                if (!(ex.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + e.getKey() + ": " + ex.getCause(),
                            ex.getCause());
                }
            }
        }
        if (!created.isEmpty()) {
            LOG.info("Created topics {}", created);
        }
        return created;
    }
}
