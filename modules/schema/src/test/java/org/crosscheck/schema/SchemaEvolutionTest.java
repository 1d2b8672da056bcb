package org.crosscheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.junit.jupiter.api.Test;

/** Messages written by producers on a released schema decode into the current classes. */
class SchemaEvolutionTest {

  static Schema articleV1() {
    return SchemaHistory.released(Article.getClassSchema().getFullName()).get(0);
  }

  /** An article as a v1 producer wrote it: generic record, v1 writer schema, single-object encoding. */
  static byte[] articleWrittenWithV1() {
    GenericRecord v1 = new GenericRecordBuilder(articleV1())
        .set("id", "old")
        .set("url", null)
        .set("outlet", "Seed Wire")
        .set("published_at", Instant.parse("2017-08-24T12:00:00Z").toEpochMilli())
        .set("title", "t")
        .set("body", "b")
        .build();
    try {
      return AvroCodecTest.toArray(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), articleV1()).encode(v1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theReleasedArticleV1HasNoLanguage() {
    assertThat(articleV1().getField("language")).isNull();
    assertThat(Article.getClassSchema().getField("language")).isNotNull();
  }

  @Test
  void anArticleWrittenWithV1ReadsWithTheDefaultLanguage() {
    Article article = AvroCodec.of(Article.class).decode(articleWrittenWithV1());

    assertThat(article.getLanguage()).isEqualTo("en");
    assertThat(article.getId()).isEqualTo("old");
    assertThat(article.getUrl()).isNull();
    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2017-08-24T12:00:00Z"));
    assertThat(article.getBody()).isEqualTo("b");
  }

  @Test
  void aClaimWrittenWithV1ReadsAsNotRetracted() throws IOException {
    Schema v1 = SchemaHistory.released(CasualtyClaim.getClassSchema().getFullName()).get(0);
    assertThat(v1.getField("retracted")).isNull();
    // A v1 producer: the v1 schema writes the fields it knows (the new one is last, so positions agree).
    byte[] bytes = AvroCodecTest.toArray(new BinaryMessageEncoder<CasualtyClaim>(
        CodecModel.forClass(CasualtyClaim.class), v1).encode(Samples.claim()));

    CasualtyClaim claim = AvroCodec.of(CasualtyClaim.class).decode(bytes);

    assertThat(claim.getRetracted()).isFalse();
    assertThat(claim).isEqualTo(Samples.claim());
  }

  @Test
  void everyReleasedVersionIsInTheStore() {
    // A released version identical to the current one shares its fingerprint, so compare fingerprints.
    assertThat(SchemaHistory.released()).isNotEmpty().allSatisfy(released -> {
      long fingerprint = SchemaNormalization.parsingFingerprint64(released);
      assertThat(SchemaHistory.store().findByFingerprint(fingerprint))
          .isNotNull()
          .extracting(SchemaNormalization::parsingFingerprint64).isEqualTo(fingerprint);
    });
    assertThat(SchemaHistory.released(CasualtyClaim.getClassSchema().getFullName())).hasSize(1);
    assertThat(SchemaHistory.released(ContradictionAlert.getClassSchema().getFullName())).hasSize(1);
  }
}
