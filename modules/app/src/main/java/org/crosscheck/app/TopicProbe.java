package org.crosscheck.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Checks, before a producer starts, that the cluster answers and the topic exists. Without it an
 * unreachable cluster costs every article the producer's full metadata wait, one after the other, and
 * a missing topic would be auto-created by the broker with its default partition count instead of the
 * registry's (it is {@code run} that creates the topics properly).
 */
final class TopicProbe {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private TopicProbe() {}

    /** @throws IllegalStateException saying what is wrong, for the user */
    static void requireTopic(String bootstrapServers, String topic) throws InterruptedException {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "crosscheck-probe",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IllegalStateException("topic " + topic + " does not exist at " + bootstrapServers
                        + " ('crosscheck run' creates the crosscheck topics)");
            }
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + ": "
                    + FailureHandler.describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + " within " + TIMEOUT.toSeconds() + " s");
        }
    }
}
