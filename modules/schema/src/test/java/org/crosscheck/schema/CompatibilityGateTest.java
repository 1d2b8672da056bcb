package org.crosscheck.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.Schema;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.junit.jupiter.api.Test;

/** Proves the gate catches the changes it exists for, and lets the allowed ones through. */
class CompatibilityGateTest {

  private static final Schema ARTICLE_V1 = SchemaEvolutionTest.articleV1();
  private static final Schema CLAIM_V1 = SchemaHistory.released(CasualtyClaim.getClassSchema().getFullName()).get(0);

  @Test
  void aNewRequiredFieldWithoutDefaultIsIncompatible() {
    Schema broken = new Schema.Parser().parse(Article.getClassSchema().toString()
        .replace("]}", ",{\"name\":\"word_count\",\"type\":\"long\"}]}"));

    assertThat(CompatibilityGate.backwardProblems(broken, ARTICLE_V1))
        .singleElement().asString()
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
        .contains("word_count");
  }

  @Test
  void aRemovedEnumSymbolIsIncompatible() {
    Schema broken = new Schema.Parser().parse(CasualtyClaim.getClassSchema().toString()
        .replace("\"DENIES\",\"DISPUTES\"", "\"DENIES\""));

    assertThat(CompatibilityGate.backwardProblems(broken, CLAIM_V1))
        .singleElement().asString()
        .contains("MISSING_ENUM_SYMBOLS")
        .contains("DISPUTES");
  }

  @Test
  void aChangedFieldTypeIsIncompatible() {
    Schema broken = new Schema.Parser().parse(CasualtyClaim.getClassSchema().toString()
        .replace("{\"name\":\"start\",\"type\":\"int\"", "{\"name\":\"start\",\"type\":\"string\""));

    assertThat(CompatibilityGate.backwardProblems(broken, CLAIM_V1)).singleElement().asString().contains("TYPE_MISMATCH");
  }

  @Test
  void aNewFieldWithDefaultIsBackwardAndForwardCompatible() {
    assertThat(CompatibilityGate.backwardProblems(Article.getClassSchema(), ARTICLE_V1)).isEmpty();
    assertThat(CompatibilityGate.forwardProblems(Article.getClassSchema(), ARTICLE_V1)).isEmpty();
  }
}
