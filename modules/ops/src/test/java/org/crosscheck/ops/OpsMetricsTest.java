package org.crosscheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpsMetricsTest {

    @Test
    void thePipelinesMetersHaveTheCrosscheckNamesAndLabels() {
        OpsMetrics metrics = new OpsMetrics();
        metrics.articleRead();
        metrics.articleRead();
        var alert = TestRecords.alert("alert-1", "OPEN");
        alert.getClaims().forEach(metrics::claimExtracted);
        metrics.alertRaised(alert);
        metrics.deadLetter("empty_body", 1);
        metrics.lag(List.of(new LagReport("crosscheck", Instant.now(), List.of(
                new PartitionLag("crosscheck.articles.v1", 0, 10L, 13, 3, 4.5),
                new PartitionLag("crosscheck.articles.v1", 1, null, 0, 0, null)))));

        String text = metrics.scrape();

        assertThat(text)
                .contains("crosscheck_articles_read_total 2.0")
                .contains("crosscheck_claims_extracted_total{claimant=\"sohr\"} 1.0")
                .contains("crosscheck_claims_extracted_total{claimant=\"coalition\"} 1.0")
                .contains("crosscheck_alerts_raised_total{kind=\"NUMERIC\",status=\"OPEN\"} 1.0")
                .contains("crosscheck_dead_letters_total{reason=\"empty_body\"} 1.0")
                .contains("crosscheck_dead_letters_total{reason=\"undecodable\"} 0.0")
                .contains("crosscheck_consumer_lag_records{group=\"crosscheck\",partition=\"0\",topic=\"crosscheck.articles.v1\"} 3.0")
                .contains("crosscheck_consumer_lag_seconds{group=\"crosscheck\",partition=\"0\",topic=\"crosscheck.articles.v1\"} 4.5")
                .contains("# HELP crosscheck_consumer_lag_seconds");
        assertThat(metrics.totals().deadLetters()).isEqualTo(1);
        assertThat(metrics.totals().claimsExtracted()).isEqualTo(2);

        // a partition no longer measured disappears
        metrics.lag(List.of());
        assertThat(metrics.scrape()).doesNotContain("crosscheck_consumer_lag_records{");
    }
}
