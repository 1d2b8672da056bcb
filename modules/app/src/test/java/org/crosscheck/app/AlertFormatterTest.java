package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.schema.JsonRecords;
import org.junit.jupiter.api.Test;

class AlertFormatterTest {

    @Test
    void oneHeadLineThenTheIndentedSummary() {
        ContradictionAlert alert = ContradictionAlert.newBuilder()
                .setAlertId("sy-raqqa/sy-raqqa-city/any/KILLED:sohr|coalition:NUMERIC")
                .setKind(AlertKind.NUMERIC)
                .setStatus(AlertStatus.OPEN)
                .setSeverity(0.7249)
                .setEvent(JsonRecords.fromJson("{\"id\":\"sy-raqqa/sy-raqqa-city/any/KILLED\",\"region\":\"sy-raqqa\","
                        + "\"location\":{\"id\":\"sy-raqqa-city\",\"name\":\"Raqqa\"},\"period\":null,\"outcome\":\"KILLED\"}",
                        org.crosscheck.avro.Event.class))
                .setClaims(List.of(claim("sohr"), claim("coalition"), claim("sohr")))
                .setSummary("SOHR counts 120 civilians killed;\nthe coalition says 12.")
                .build();

        String text = new AlertFormatter().format(alert);

        assertThat(text.lines()).containsExactly(
                "[OPEN] NUMERIC sev 0.72  sy-raqqa/sy-raqqa-city/any/KILLED  sohr vs coalition",
                "    SOHR counts 120 civilians killed; the coalition says 12.");
    }

    private static CasualtyClaim claim(String claimant) {
        return JsonRecords.fromJson("{\"claim_id\":\"a#1\",\"article_id\":\"a\",\"outlet\":\"Wire\","
                + "\"claimant\":{\"id\":\"" + claimant + "\",\"name\":\"" + claimant + "\"},\"polarity\":\"ASSERTS\","
                + "\"count\":{\"low\":12,\"high\":12,\"qualifier\":\"EXACT\"},\"category\":\"CIVILIANS\",\"outcome\":\"KILLED\","
                + "\"location\":{\"id\":\"sy-raqqa-city\",\"name\":\"Raqqa\"},"
                + "\"evidence\":{\"text\":\"12 civilians\",\"start\":0,\"end\":12}}", CasualtyClaim.class);
    }
}
