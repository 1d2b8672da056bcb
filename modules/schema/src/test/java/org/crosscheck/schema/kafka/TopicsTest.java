package org.crosscheck.schema.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.schema.Samples;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void namesAreTheContract() {
    assertThat(Topics.all()).extracting(Topic::name).containsExactly(
        "crosscheck.articles.v1",
        "crosscheck.claims.v1",
        "crosscheck.alerts.v1",
        "crosscheck.events.v1",
        "crosscheck.articles.dlq.v1");
  }

  @Test
  void allListsEveryTopicConstantAndTheyAreFinal() throws IllegalAccessException {
    var constants = Arrays.stream(Topics.class.getFields()).filter(f -> f.getType() == Topic.class).toList();
    for (Field f : constants) {
      assertThat(Modifier.isFinal(f.getModifiers()) && Modifier.isStatic(f.getModifiers())).as(f.getName()).isTrue();
    }
    var values = new java.util.ArrayList<Topic<?, ?>>();
    for (Field f : constants) {
      values.add((Topic<?, ?>) f.get(null));
    }
    assertThat(Topics.all()).containsExactlyInAnyOrderElementsOf(values);
  }

  @Test
  void valueSerdesCarryTheirRecords() {
    assertRoundTrip(Topics.ARTICLES, "a", Samples.article());
    assertRoundTrip(Topics.CLAIMS, "sy", Samples.claim());
    assertRoundTrip(Topics.ALERTS, Samples.alert().getAlertId(), Samples.alert());
    assertRoundTrip(Topics.EVENTS, "e", Samples.eventRecord());
    assertRoundTrip(Topics.ARTICLES_DLQ, new byte[] {1}, new byte[] {2, 3});
    assertThat(((AvroSerde<Article>) Topics.ARTICLES.valueSerde()).codec().type()).isEqualTo(Article.class);
    assertThat(((AvroSerde<CasualtyClaim>) Topics.CLAIMS.valueSerde()).codec().type()).isEqualTo(CasualtyClaim.class);
    assertThat(((AvroSerde<ContradictionAlert>) Topics.ALERTS.valueSerde()).codec().type())
        .isEqualTo(ContradictionAlert.class);
    assertThat(((AvroSerde<EventRecord>) Topics.EVENTS.valueSerde()).codec().type()).isEqualTo(EventRecord.class);
  }

  @Test
  void specsSayHowEachTopicIsCreated() {
    assertThat(Topics.specs()).extracting(TopicSpec::name)
        .containsExactlyElementsOf(Topics.all().stream().map(Topic::name).toList());
    assertThat(Topics.spec(Topics.ARTICLES).partitions()).isEqualTo(6);
    assertThat(Topics.specs()).filteredOn(TopicSpec::compacted).extracting(TopicSpec::name)
        .containsExactly(Topics.ALERTS.name(), Topics.EVENTS.name());
    assertThat(Topics.spec(Topics.ALERTS).configs()).containsEntry("cleanup.policy", "compact");
    assertThat(Topics.spec(Topics.CLAIMS).configs()).containsEntry("cleanup.policy", "delete");
    // subscribers' lag in seconds counts from when the pipeline wrote an alert, not from the article's date
    assertThat(Topics.spec(Topics.ALERTS).configs()).containsEntry("message.timestamp.type", "LogAppendTime");
    assertThat(Topics.spec(Topics.EVENTS).configs()).containsEntry("message.timestamp.type", "LogAppendTime");
    assertThat(Topics.spec(Topics.CLAIMS).configs()).doesNotContainKey("message.timestamp.type");

    NewTopic alerts = Topics.spec(Topics.ALERTS).newTopic(Optional.of((short) 3));
    assertThat(alerts.name()).isEqualTo("crosscheck.alerts.v1");
    assertThat(alerts.numPartitions()).isEqualTo(Topics.PARTITIONS);
    assertThat(alerts.replicationFactor()).isEqualTo((short) 3);
    assertThat(alerts.configs()).containsEntry("cleanup.policy", "compact");
  }

  private static <K, V> void assertRoundTrip(Topic<K, V> topic, K key, V value) {
    byte[] keyBytes = topic.keySerde().serializer().serialize(topic.name(), key);
    byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);

    assertThat(topic.keySerde().deserializer().deserialize(topic.name(), keyBytes)).isEqualTo(key);
    assertThat(topic.valueSerde().deserializer().deserialize(topic.name(), valueBytes)).isEqualTo(value);
  }
}
