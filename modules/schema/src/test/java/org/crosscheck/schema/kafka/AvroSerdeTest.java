package org.crosscheck.schema.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.crosscheck.avro.Article;
import org.crosscheck.schema.AvroCodecException;
import org.crosscheck.schema.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  static List<SpecificRecord> samples() {
    return Samples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  <T extends SpecificRecord> void roundTripsEveryRecordType(T record) {
    @SuppressWarnings("unchecked")
    AvroSerde<T> serde = AvroSerde.of((Class<T>) record.getClass());

    byte[] bytes = serde.serializer().serialize("some-topic", record);

    assertThat(serde.deserializer().deserialize("some-topic", bytes)).isEqualTo(record);
  }

  @Test
  void nullIsATombstoneBothWays() {
    AvroSerde<Article> serde = AvroSerde.of(Article.class);

    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
  }

  @Test
  void deserializationErrorsNameTheTopicTypeAndReason() {
    byte[] json = "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Topics.ARTICLES.valueSerde().deserializer().deserialize(Topics.ARTICLES.name(), json))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("topic crosscheck.articles.v1: Article: not an Avro single-object message")
        .hasCauseInstanceOf(AvroCodecException.class);
  }

  @Test
  void serializationErrorsNameTheTopic() {
    Article noBody = Samples.article();
    noBody.setBody(null);

    assertThatThrownBy(() -> Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), noBody))
        .isInstanceOf(SerializationException.class)
        .hasMessageStartingWith("topic crosscheck.articles.v1: Article: cannot encode");
  }
}
