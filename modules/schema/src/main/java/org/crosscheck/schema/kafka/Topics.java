package org.crosscheck.schema.kafka;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;

/**
 * The one registry of crosscheck topics: each name with its serdes and how it is created. Every
 * producer, consumer and topology takes topics from here, so a name or serde is never spelled twice.
 */
public final class Topics {

  /**
   * Partitions of the keyed pipeline topics. Claims, events and alerts share it so Kafka Streams can
   * join and aggregate them without repartitioning (co-partitioning needs equal counts).
   */
  public static final int PARTITIONS = 6;

  /** The dead-letter topic is low-volume and read by people; one partition keeps arrival order. */
  public static final int DLQ_PARTITIONS = 1;

  /** Incoming articles keyed by article id. */
  public static final Topic<String, Article> ARTICLES =
      new Topic<>("crosscheck.articles.v1", Serdes.String(), AvroSerde.of(Article.class));

  /** Extracted claims keyed by region. */
  public static final Topic<String, CasualtyClaim> CLAIMS =
      new Topic<>("crosscheck.claims.v1", Serdes.String(), AvroSerde.of(CasualtyClaim.class));

  /** Latest state of each contradiction keyed by alert id; compacted. */
  public static final Topic<String, ContradictionAlert> ALERTS =
      new Topic<>("crosscheck.alerts.v1", Serdes.String(), AvroSerde.of(ContradictionAlert.class));

  /**
   * The whole picture of each event keyed by event id: every claimant's latest figure, estimates, the
   * belligerent's position and a grade; compacted. A null value: every claim of the event was retracted.
   */
  public static final Topic<String, EventRecord> EVENTS =
      new Topic<>("crosscheck.events.v1", Serdes.String(), AvroSerde.of(EventRecord.class));

  /** Articles that could not be read, as the raw bytes they arrived with. */
  public static final Topic<byte[], byte[]> ARTICLES_DLQ =
      new Topic<>("crosscheck.articles.dlq.v1", Serdes.ByteArray(), Serdes.ByteArray());

  private static final List<Topic<?, ?>> ALL = List.of(ARTICLES, CLAIMS, ALERTS, EVENTS, ARTICLES_DLQ);

  private static final List<TopicSpec> SPECS = List.of(
      new TopicSpec(ARTICLES.name(), PARTITIONS, false),
      new TopicSpec(CLAIMS.name(), PARTITIONS, false),
      new TopicSpec(ALERTS.name(), PARTITIONS, true),
      new TopicSpec(EVENTS.name(), PARTITIONS, true),
      new TopicSpec(ARTICLES_DLQ.name(), DLQ_PARTITIONS, false));

  private static final Map<String, TopicSpec> SPEC_BY_NAME =
      SPECS.stream().collect(Collectors.toUnmodifiableMap(TopicSpec::name, Function.identity()));

  private Topics() {}

  /** Every topic, in pipeline order. */
  public static List<Topic<?, ?>> all() {
    return ALL;
  }

  /** How every topic is created, in pipeline order. */
  public static List<TopicSpec> specs() {
    return SPECS;
  }

  public static TopicSpec spec(Topic<?, ?> topic) {
    TopicSpec spec = SPEC_BY_NAME.get(topic.name());
    if (spec == null) {
      throw new IllegalArgumentException("not a registered topic: " + topic.name());
    }
    return spec;
  }
}
