package org.crosscheck.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.RawMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.schema.AvroCodecException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AvroCodecTest {

  private final AvroCodec<Article> articles = AvroCodec.of(Article.class);

  static List<SpecificRecord> samples() {
    return Samples.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  <T extends SpecificRecord> void roundTripsEveryRecordType(T record) {
    @SuppressWarnings("unchecked")
    AvroCodec<T> codec = AvroCodec.of((Class<T>) record.getClass());

    assertThat(codec.decode(codec.encode(record))).isEqualTo(record);
  }

  @Test
  void decodedRecordsWithArraysOfDatedClaimsCompareBothWays() {
    // GenericData.Array#equals would throw "Unknown datum type java.time.LocalDate" here.
    AvroCodec<ContradictionAlert> alerts = AvroCodec.of(ContradictionAlert.class);
    ContradictionAlert decoded = alerts.decode(alerts.encode(Samples.alert()));

    assertThat(decoded.getClaims()).isInstanceOf(ArrayList.class);
    assertThat(decoded).isEqualTo(Samples.alert()).hasSameHashCodeAs(Samples.alert());
    assertThat(Samples.alert()).isEqualTo(decoded);
  }

  @Test
  void writesTheSingleObjectHeaderAndFingerprint() throws Exception {
    byte[] bytes = articles.encode(Samples.article());

    byte[] fingerprint = SchemaNormalization.parsingFingerprint("CRC-64-AVRO", Article.getClassSchema());
    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(Arrays.copyOfRange(bytes, 2, 10)).isEqualTo(fingerprint);
    assertThat(ByteBuffer.wrap(fingerprint).order(ByteOrder.LITTLE_ENDIAN).getLong())
        .isEqualTo(SchemaNormalization.parsingFingerprint64(Article.getClassSchema()));
  }

  @Test
  void rejectsRawAvroWithoutTheHeader() throws Exception {
    byte[] raw = toArray(new RawMessageEncoder<Article>(
        org.apache.avro.specific.SpecificData.getForClass(Article.class), Article.getClassSchema())
        .encode(Samples.article()));

    assertThatThrownBy(() -> articles.decode(raw))
        .isInstanceOf(AvroCodecException.class)
        .hasMessageStartingWith("Article: not an Avro single-object message")
        .satisfies(e -> assertThat(((AvroCodecException) e).reason()).isEqualTo(Reason.BAD_HEADER));
  }

  @Test
  void rejectsJsonAndShortInputAsBadHeader() {
    byte[] json = "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> articles.decode(json))
        .hasMessageContaining("Article: not an Avro single-object message")
        .hasMessageContaining("0x7B 0x22");
    assertThatThrownBy(() -> articles.decode(new byte[] {(byte) 0xC3, 0x01, 1, 2}))
        .hasMessageContaining("Article: not an Avro single-object message")
        .hasMessageContaining("Not enough header bytes");
    assertThatThrownBy(() -> articles.decode(new byte[0]))
        .satisfies(e -> assertThat(((AvroCodecException) e).reason()).isEqualTo(Reason.BAD_HEADER));
  }

  @Test
  void rejectsAWriterSchemaThatIsNeitherCurrentNorReleased() throws Exception {
    Schema unreleased = SchemaBuilder.record("Article").namespace("org.crosscheck.avro").fields()
        .requiredString("id").requiredString("headline").endRecord();
    GenericRecord record = new GenericRecordBuilder(unreleased).set("id", "a").set("headline", "h").build();
    byte[] bytes = toArray(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), unreleased).encode(record));

    assertThatThrownBy(() -> articles.decode(bytes))
        .isInstanceOf(AvroCodecException.class)
        .hasMessageStartingWith("Article: writer schema is neither current nor released")
        .hasMessageContaining("fingerprint")
        .satisfies(e -> assertThat(((AvroCodecException) e).reason()).isEqualTo(Reason.UNKNOWN_SCHEMA));
  }

  @Test
  void rejectsATruncatedMessage() {
    byte[] bytes = articles.encode(Samples.article());
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);

    assertThatThrownBy(() -> articles.decode(truncated))
        .isInstanceOf(AvroCodecException.class)
        .hasMessageStartingWith("Article: message is truncated")
        .satisfies(e -> assertThat(((AvroCodecException) e).reason()).isEqualTo(Reason.TRUNCATED));
  }

  @Test
  void rejectsTrailingBytes() {
    byte[] bytes = articles.encode(Samples.article());
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);

    assertThatThrownBy(() -> articles.decode(longer))
        .isInstanceOf(AvroCodecException.class)
        .hasMessage("Article: 2 unexpected bytes after the record")
        .satisfies(e -> assertThat(((AvroCodecException) e).reason()).isEqualTo(Reason.MALFORMED));
  }

  @Test
  void refusesToEncodeAMissingRequiredField() {
    Article noBody = Samples.article();
    noBody.setBody(null);

    assertThatThrownBy(() -> articles.encode(noBody))
        .isInstanceOf(AvroCodecException.class)
        .hasMessageStartingWith("Article: cannot encode")
        .hasMessageContaining("body")
        .satisfies(e -> assertThat(((AvroCodecException) e).reason()).isEqualTo(Reason.ENCODE_FAILED));
  }

  @Test
  void theStoreIsWhatMakesReleasedVersionsReadable() {
    byte[] v1 = SchemaEvolutionTest.articleWrittenWithV1();
    AvroCodec<Article> withoutHistory = new AvroCodec<>(Article.class, new SchemaStore.Cache());

    assertThat(articles.decode(v1).getLanguage()).isEqualTo("en");
    assertThatThrownBy(() -> withoutHistory.decode(v1))
        .satisfies(e -> assertThat(((AvroCodecException) e).reason()).isEqualTo(Reason.UNKNOWN_SCHEMA));
  }

  @Test
  void oneCodecServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            Article article = Article.newBuilder(Samples.article())
                .setId(thread + "-" + i)
                .setPublishedAt(Instant.ofEpochMilli(i))
                .build();
            assertThat(articles.decode(articles.encode(article))).isEqualTo(article);
          }
          return null;
        }));
      }
      for (Future<?> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static byte[] toArray(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
