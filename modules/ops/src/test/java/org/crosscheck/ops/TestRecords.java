package org.crosscheck.ops;

import java.time.Instant;

import org.crosscheck.avro.Article;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.schema.JsonRecords;

/** Records for the tests, written as the JSON contract describes them. */
final class TestRecords {

    private TestRecords() {}

    static Article article(String id, String url, String outlet, String publishedAt, String title, String body) {
        return Article.newBuilder().setId(id).setUrl(url).setOutlet(outlet).setPublishedAt(Instant.parse(publishedAt))
                .setTitle(title).setBody(body).setLanguage("en").build();
    }

    static String claimJson(String claimId, String articleId, String claimantId, String claimantName, long low) {
        return "{\"claim_id\":\"" + claimId + "\",\"article_id\":\"" + articleId + "\",\"outlet\":\"Levant Wire\","
                + "\"claimant\":{\"id\":\"" + claimantId + "\",\"name\":\"" + claimantName + "\",\"speaker\":null},"
                + "\"polarity\":\"ASSERTS\",\"count\":{\"low\":" + low + ",\"high\":null,\"qualifier\":\"EXACT\"},"
                + "\"category\":\"CIVILIANS\",\"outcome\":\"KILLED\",\"location\":{\"id\":\"sy-raqqa-city\",\"name\":\"Raqqa\"},"
                + "\"period\":{\"start\":\"2017-06-15\",\"end\":\"2017-06-15\"},\"trend\":null,\"subset_of\":null,"
                + "\"perpetrator\":\"coalition\",\"evidence\":{\"text\":\"killed " + low + " civilians\",\"start\":0,\"end\":10}}";
    }

    static ContradictionAlert alert(String alertId, String status) {
        String json = "{\"alert_id\":\"" + alertId + "\",\"kind\":\"NUMERIC\",\"status\":\"" + status + "\",\"severity\":0.72,"
                + "\"event\":{\"id\":\"sy-raqqa/sy-raqqa-city/2017-06-15/KILLED\",\"region\":\"sy-raqqa\","
                + "\"location\":{\"id\":\"sy-raqqa-city\",\"name\":\"Raqqa\"},"
                + "\"period\":{\"start\":\"2017-06-15\",\"end\":\"2017-06-15\"},\"outcome\":\"KILLED\"},"
                + "\"claims\":[" + claimJson("a1#1", "a1", "sohr", "SOHR", 24) + ","
                + claimJson("b1#1", "b1", "coalition", "US-led coalition", 3) + "],"
                + "\"summary\":\"SOHR reports 24 civilians killed in Raqqa; the coalition says 3.\"}";
        return JsonRecords.fromJson(json, ContradictionAlert.class);
    }
}
