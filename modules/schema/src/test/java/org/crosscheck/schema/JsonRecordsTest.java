package org.crosscheck.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonRecordsTest {

  private static final String CLAIM_LINE = "{\"claim_id\":\"a#1\",\"article_id\":\"a\",\"outlet\":\"Seed Wire\","
      + "\"claimant\":{\"id\":\"amnesty\",\"name\":\"Amnesty International\",\"speaker\":null},"
      + "\"polarity\":\"ASSERTS\",\"count\":{\"low\":146,\"high\":null,\"qualifier\":\"AT_LEAST\"},"
      + "\"category\":\"CIVILIANS\",\"outcome\":\"KILLED\",\"location\":{\"id\":\"sy-raqqa-city\",\"name\":\"Raqqa\"},"
      + "\"period\":{\"start\":\"2017-06-24\",\"end\":\"2017-08-24\"},\"trend\":null,\"subset_of\":null,"
      + "\"perpetrator\":\"coalition\",\"evidence\":{\"text\":\"...\",\"start\":1329,\"end\":1445}}";

  private static final String ARTICLE_LINE = "{\"id\":\"a\",\"outlet\":\"Seed Wire\","
      + "\"published_at\":\"2017-08-24T12:00:00Z\",\"title\":\"t\",\"body\":\"b\"}";

  static List<SpecificRecord> samples() {
    return Samples.all();
  }

  @Test
  void writesAClaimInTheContractShape() {
    assertThat(JsonRecords.toJson(Samples.claim())).isEqualTo(CLAIM_LINE);
  }

  @Test
  void aClaimsRetractedFlagIsLeftOutOfTheContractWhileFalse() {
    assertThat(JsonRecords.toJson(Samples.claim())).doesNotContain("retracted");
    assertThat(JsonRecords.toJson(Samples.retraction())).endsWith(",\"retracted\":true}");
    assertThat(JsonRecords.fromJson(CLAIM_LINE, CasualtyClaim.class).getRetracted()).isFalse();
    assertThat(JsonRecords.fromJson(JsonRecords.toJson(Samples.retraction()), CasualtyClaim.class))
        .isEqualTo(Samples.retraction());
  }

  @Test
  void aClaimsEchoOfIsLeftOutOfTheContractWhileNull() {
    assertThat(JsonRecords.toJson(Samples.claim())).doesNotContain("echo_of");
    CasualtyClaim echo = CasualtyClaim.newBuilder(Samples.claim()).setClaimId("a1#2").setEchoOf("a1#1").build();
    assertThat(JsonRecords.toJson(echo)).endsWith(",\"echo_of\":\"a1#1\"}");
    assertThat(JsonRecords.fromJson(CLAIM_LINE, CasualtyClaim.class).getEchoOf()).isNull();
    assertThat(JsonRecords.fromJson(JsonRecords.toJson(echo), CasualtyClaim.class)).isEqualTo(echo);
  }

  @Test
  void readsTheContractClaim() {
    assertThat(JsonRecords.fromJson(CLAIM_LINE, CasualtyClaim.class)).isEqualTo(Samples.claim());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTripsEveryRecordType(SpecificRecord record) {
    String line = JsonRecords.toJson(record);

    assertThat(line).doesNotContain("\n").doesNotContain("\r");
    assertThat(JsonRecords.fromJson(line, record.getClass())).isEqualTo(record);
  }

  @Test
  void writesNullUnionsAsNullAndInstantsAsIso8601() {
    assertThat(JsonRecords.toJson(Samples.sparseArticle()))
        .startsWith("{\"id\":\"b\",\"url\":null,\"outlet\":\"Seed Wire\",\"published_at\":\"2017-08-25T06:30:00.123Z\",")
        .endsWith(",\"language\":\"ar\"}");
    assertThat(JsonRecords.toJson(Samples.timelessClaim())).contains("\"period\":null,");
    assertThat(JsonRecords.toJson(Samples.fullClaim()))
        .contains("\"period\":{\"start\":\"2017-06-24\",\"end\":null}")
        .contains("\"trend\":\"RISING\"");
  }

  @Test
  void writesArraysOfNestedRecords() {
    assertThat(JsonRecords.toJson(Samples.alert()))
        .startsWith("{\"alert_id\":\"sy/sy-raqqa-city/amnesty~coalition/NUMERIC\",\"kind\":\"NUMERIC\","
            + "\"status\":\"OPEN\",\"severity\":0.75,\"event\":{\"id\":")
        .contains(",\"claims\":[" + CLAIM_LINE + ",{\"claim_id\":\"a#2\"");
  }

  @Test
  void missingFieldsTakeTheirDefaultAndUnknownFieldsAreIgnored() {
    Article article = JsonRecords.fromJson(ARTICLE_LINE.replace("}", ",\"extra\":{\"x\":[1]}}"), Article.class);

    assertThat(article.getLanguage()).isEqualTo("en");
    assertThat(article.getUrl()).isNull();
    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2017-08-24T12:00:00Z"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"2017-08-24T12:00:00Z\"        | 2017-08-24T12:00:00Z",
      "\"2017-08-24T14:00:00+02:00\"   | 2017-08-24T12:00:00Z",
      "\"2017-08-24T12:00:00.123456Z\" | 2017-08-24T12:00:00.123Z",
      "\"2017-08-24\"                  | 2017-08-24T00:00:00Z",
      "1503576000000                   | 2017-08-24T12:00:00Z"})
  void readsPublishedAtInEveryAcceptedForm(String json, String expected) {
    String line = ARTICLE_LINE.replace("\"2017-08-24T12:00:00Z\"", json);

    assertThat(JsonRecords.fromJson(line, Article.class).getPublishedAt()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void namesTheFieldAndTheProblem() {
    assertError(ARTICLE_LINE.replace("\"2017-08-24T12:00:00Z\"", "\"yesterday\""), Article.class,
        "published_at: not an ISO-8601 instant: 'yesterday'");
    assertError(ARTICLE_LINE.replace("\"2017-08-24T12:00:00Z\"", "\"2017-08-24T12:00:00\""), Article.class,
        "published_at: not an ISO-8601 instant: '2017-08-24T12:00:00'");
    assertError(ARTICLE_LINE.replace(",\"body\":\"b\"", ""), Article.class, "body: required field missing");
    assertError(ARTICLE_LINE.replace("\"b\"", "null"), Article.class, "body: must not be null");
    assertError(ARTICLE_LINE.replace("\"b\"", "7"), Article.class, "body: expected a string, got 7");
    assertError(CLAIM_LINE.replace("ASSERTS", "MAYBE"), CasualtyClaim.class,
        "polarity: 'MAYBE' is not one of ASSERTS, DENIES, DISPUTES");
    assertError(CLAIM_LINE.replace(",\"name\":\"Amnesty International\"", ""), CasualtyClaim.class,
        "claimant.name: required field missing");
    assertError(CLAIM_LINE.replace("146", "\"many\""), CasualtyClaim.class,
        "count.low: expected a number, got 'many'");
    assertError(CLAIM_LINE.replace("146", "146.5"), CasualtyClaim.class,
        "count.low: expected a whole number, got 146.5");
    assertError(CLAIM_LINE.replace("1329", "3000000000"), CasualtyClaim.class,
        "evidence.start: 3000000000 is out of range for an int");
    assertError(CLAIM_LINE.replace("\"2017-06-24\"", "\"24/06/2017\""), CasualtyClaim.class,
        "period.start: not an ISO-8601 date: '24/06/2017'");
    assertError(CLAIM_LINE.replace("{\"id\":\"sy-raqqa-city\",\"name\":\"Raqqa\"}", "\"Raqqa\""), CasualtyClaim.class,
        "location: expected a JSON object, got 'Raqqa'");
  }

  @Test
  void pathsIncludeArrayIndexes() {
    String alert = JsonRecords.toJson(Samples.alert());
    String broken = alert.replace("\"polarity\":\"DISPUTES\"", "\"polarity\":\"MAYBE\"");

    assertError(broken, ContradictionAlert.class, "claims[1].polarity: 'MAYBE' is not one of ASSERTS, DENIES, DISPUTES");
  }

  @Test
  void rejectsLinesThatAreNotOneJsonObject() {
    assertError("[1,2]", Article.class, "not a JSON object");
    assertError("\"text\"", Article.class, "not a JSON object");
    assertError("", Article.class, "not a JSON object");
    assertThatThrownBy(() -> JsonRecords.fromJson("{\"id\":", Article.class))
        .isInstanceOf(JsonRecordException.class).hasMessageStartingWith("not valid JSON");
    assertThatThrownBy(() -> JsonRecords.fromJson(ARTICLE_LINE + " {}", Article.class))
        .isInstanceOf(JsonRecordException.class).hasMessageStartingWith("not valid JSON");
    assertThatThrownBy(() -> JsonRecords.fromJson(ARTICLE_LINE.replace("}", ",\"id\":\"again\"}"), Article.class))
        .isInstanceOf(JsonRecordException.class).hasMessageStartingWith("not valid JSON").hasMessageContaining("id");
  }

  @Test
  void refusesToWriteANullRequiredField() {
    Article article = Samples.article();
    article.setTitle(null);

    assertThatThrownBy(() -> JsonRecords.toJson(article))
        .isInstanceOf(JsonRecordException.class)
        .hasMessage("title: required field is null");
  }

  @Test
  void writesGenericRecordsOfReleasedSchemasToo() {
    GenericRecord v1 = new GenericRecordBuilder(SchemaEvolutionTest.articleV1())
        .set("id", "a").set("url", null).set("outlet", "Seed Wire")
        .set("published_at", Instant.parse("2017-08-24T12:00:00Z").toEpochMilli())
        .set("title", "t").set("body", "b")
        .build();

    String line = JsonRecords.toJson(v1);

    assertThat(line).isEqualTo(ARTICLE_LINE.replace("{\"id\":\"a\",", "{\"id\":\"a\",\"url\":null,"));
    assertThat(JsonRecords.fromJson(line, Article.class).getLanguage()).isEqualTo("en");
  }

  private static void assertError(String line, Class<? extends SpecificRecord> type, String message) {
    assertThatThrownBy(() -> JsonRecords.fromJson(line, type))
        .isInstanceOf(JsonRecordException.class)
        .hasMessage(message);
  }
}
