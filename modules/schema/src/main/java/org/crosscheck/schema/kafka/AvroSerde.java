package org.crosscheck.schema.kafka;

import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.crosscheck.schema.AvroCodec;
import org.crosscheck.schema.AvroCodecException;

/**
 * Kafka serde over {@link AvroCodec}: Avro single-object encoding, no schema registry; the writer
 * schema is found by fingerprint among the current and released schemas.
 *
 * <p>A null value maps to null bytes and back, so tombstones on compacted topics pass through. Failures
 * are {@link SerializationException}s naming the topic, the record type and the reason, which is what
 * Kafka Streams' deserialization exception handler and dead-letter queue record.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final AvroCodec<T> codec;
  private final Serializer<T> serializer = new AvroSerializer();
  private final Deserializer<T> deserializer = new AvroDeserializer();

  public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
    return new AvroSerde<>(AvroCodec.of(type));
  }

  public AvroSerde(AvroCodec<T> codec) {
    this.codec = Objects.requireNonNull(codec, "codec");
  }

  public AvroCodec<T> codec() {
    return codec;
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }

  private static SerializationException onTopic(String topic, AvroCodecException e) {
    return new SerializationException("topic " + topic + ": " + e.getMessage(), e);
  }

  // Stateless apart from the thread-safe codec, so Streams may share one instance across threads.
  private final class AvroSerializer implements Serializer<T> {
    @Override
    public byte[] serialize(String topic, T data) {
      if (data == null) {
        return null;
      }
      try {
        return codec.encode(data);
      } catch (AvroCodecException e) {
        throw onTopic(topic, e);
      }
    }
  }

  private final class AvroDeserializer implements Deserializer<T> {
    @Override
    public T deserialize(String topic, byte[] data) {
      if (data == null) {
        return null;
      }
      try {
        return codec.decode(data);
      } catch (AvroCodecException e) {
        throw onTopic(topic, e);
      }
    }
  }
}
