package org.crosscheck.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GoldCorpusTest {

    private static String line(String id, String count) {
        return "{\"id\":\"" + id + "\",\"outlet\":\"Wire\",\"published_at\":\"2017-01-10T12:00:00Z\",\"title\":\"\",\"body\":\"Four"
                + " civilians were killed.\",\"claims\":[{\"claimant\":\"outlet\",\"polarity\":\"ASSERTS\",\"count\":" + count
                + ",\"category\":\"CIVILIANS\",\"outcome\":\"KILLED\"}]}";
    }

    @Test
    void aCountThatBreaksTheRulesIsReportedWithItsLineAndTheRestIsRead() {
        List<String> errors = new ArrayList<>();
        String corpus = String.join("\n",
                line("a", "{\"low\":4,\"high\":4,\"qualifier\":\"EXACT\"}"),
                line("b", "{\"low\":4,\"high\":null,\"qualifier\":\"EXACT\"}"),
                line("c", "{\"low\":10,\"high\":50,\"qualifier\":\"RANGE\"}"),
                line("d", "{\"low\":147,\"high\":147,\"qualifier\":\"AT_LEAST\"}"),
                line("e", "{\"low\":1,\"high\":30,\"qualifier\":\"AT_MOST\"}"));

        List<GoldItem> items = GoldCorpus.read(new StringReader(corpus), (n, reason) -> errors.add(n + ": " + reason));

        assertThat(items).extracting(i -> i.article().getId().toString()).containsExactly("a", "c", "e");
        assertThat(errors).containsExactly(
                "2: claims[0].count: EXACT 4..null does not fit the corpus rules (EXACT and APPROX n..n, RANGE a..b, AT_MOST 1..n,"
                        + " AT_LEAST and NONE n..null)",
                "4: claims[0].count: AT_LEAST 147..147 does not fit the corpus rules (EXACT and APPROX n..n, RANGE a..b, AT_MOST"
                        + " 1..n, AT_LEAST and NONE n..null)");
    }
}
