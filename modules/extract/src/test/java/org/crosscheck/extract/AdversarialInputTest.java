package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 1 MB body built to hurt pattern matchers: endless number words, qualifiers, open quotes, hyphen
 * and comma runs, no sentence end. The guard is generous (30 s) and only catches exponential
 * blow-up; speed is measured by the JMH benchmark, not here.
 */
class AdversarialInputTest {

    @Test
    @Timeout(30)
    void finishesOnAMegabyteOfHostileText() {
        StringBuilder b = new StringBuilder(1 << 20);
        String[] pieces = {"at least ", "more than ", "one hundred and ", "twenty-", "1,000,000,", "-", "\"", "between 1 and ",
            "of whom ", "no civilians ", "only target ", "the the the ", "Raqqa ", "said ", "surge of civilian ", "--", ",,,,"};
        int i = 0;
        while (b.length() < 1_000_000) {
            b.append(pieces[i++ % pieces.length]);
        }
        Article a = Article.newBuilder().setId("hostile").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                .setTitle("x").setBody(b.toString()).build();
        List<CasualtyClaim> claims = ClaimExtractor.standard().extract(a);
        assertThat(claims).isNotNull();
    }

    @Test
    @Timeout(30)
    void finishesOnAMegabyteOfOneLongWord() {
        String body = "a".repeat(500_000) + "-" + "1".repeat(499_999);
        Article a = Article.newBuilder().setId("long").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                .setTitle("x").setBody(body).build();
        assertThat(ClaimExtractor.standard().extract(a)).isEmpty();
    }
}
