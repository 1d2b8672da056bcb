package org.crosscheck.schema.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** How a topic is created: its partition count and whether the broker compacts it by key. */
public record TopicSpec(String name, int partitions, boolean compacted) {

  public TopicSpec {
    Objects.requireNonNull(name, "name");
    if (partitions < 1) {
      throw new IllegalArgumentException(name + ": partitions must be at least 1, got " + partitions);
    }
  }

  /**
   * Topic configs to create it with. The compacted topics (alerts, events) are what subscribers
   * read: the broker stamps their records with the time it appended them, because the pipeline
   * writes them with the article's publication time, and a subscriber's lag in seconds must mean
   * how long an alert has waited, not how old the article is.
   */
  public Map<String, String> configs() {
    if (compacted) {
      return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
          TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");
    }
    return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
  }

  /** For Admin#createTopics; an empty replication factor means the broker's default. */
  public NewTopic newTopic(Optional<Short> replicationFactor) {
    return new NewTopic(name, Optional.of(partitions), replicationFactor).configs(configs());
  }
}
