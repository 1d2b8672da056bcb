package org.crosscheck.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.streams.PipelineMetrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The pipeline's own meters, all named {@code crosscheck_*} in Prometheus' text format:
 *
 * <ul>
 *   <li>{@code crosscheck_articles_read_total}: articles decoded and valid, handed to the extractor;</li>
 *   <li>{@code crosscheck_claims_extracted_total{claimant}}: claims extracted, by claimant id;</li>
 *   <li>{@code crosscheck_alerts_raised_total{kind,status}}: alert states written to the alerts topic;</li>
 *   <li>{@code crosscheck_dead_letters_total{reason}}: records written to the dead-letter topic, by reason
 *       ({@link DeadLetters});</li>
 *   <li>{@code crosscheck_consumer_lag_records{group,topic,partition}} and
 *       {@code crosscheck_consumer_lag_seconds{group,topic,partition}}: the last lag measurement.</li>
 * </ul>
 *
 * The first three are fed by the stream threads through {@link PipelineMetrics}; the counters are
 * lock-free, and one counter per tag value is cached so the hot path does not build tags.
 */
public final class OpsMetrics implements PipelineMetrics {

    public static final String ARTICLES_READ = "crosscheck.articles.read";
    public static final String CLAIMS_EXTRACTED = "crosscheck.claims.extracted";
    public static final String ALERTS_RAISED = "crosscheck.alerts.raised";
    public static final String DEAD_LETTERS = "crosscheck.dead.letters";
    public static final String LAG_RECORDS = "crosscheck.consumer.lag.records";
    public static final String LAG_SECONDS = "crosscheck.consumer.lag.seconds";

    private final PrometheusMeterRegistry registry;
    private final Counter articlesRead;
    private final Map<String, Counter> claims = new ConcurrentHashMap<>();
    private final Map<String, Counter> alerts = new ConcurrentHashMap<>();
    private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();
    private final MultiGauge lagRecords;
    private final MultiGauge lagSeconds;

    public OpsMetrics() {
        this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public OpsMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
        this.articlesRead = Counter.builder(ARTICLES_READ)
                .description("Articles decoded, checked and handed to the extractor").register(registry);
        this.lagRecords = MultiGauge.builder(LAG_RECORDS)
                .description("Records not yet consumed by the group, per partition (last measurement)").register(registry);
        this.lagSeconds = MultiGauge.builder(LAG_SECONDS)
                .description("Age in seconds of the oldest record not yet consumed by the group, per partition"
                        + " (last measurement; 0 when nothing waits)").register(registry);
        // a dead-letter count of 0 is information too: show it before the first one
        deadLetter(DeadLetters.UNDECODABLE, 0);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void articleRead() {
        articlesRead.increment();
    }

    @Override
    public void claimExtracted(CasualtyClaim claim) {
        String claimant = claim.getClaimant() == null ? "unknown" : claim.getClaimant().getId();
        claims.computeIfAbsent(claimant, c -> Counter.builder(CLAIMS_EXTRACTED)
                .description("Claims extracted from articles, by claimant").tag("claimant", c).register(registry))
                .increment();
    }

    @Override
    public void alertRaised(ContradictionAlert alert) {
        String kind = String.valueOf(alert.getKind());
        String status = String.valueOf(alert.getStatus());
        alerts.computeIfAbsent(kind + "/" + status, k -> Counter.builder(ALERTS_RAISED)
                .description("Alert states written to the alerts topic, by kind and status (OPEN: new)")
                .tags("kind", kind, "status", status).register(registry))
                .increment();
    }

    /** Counts {@code n} records dead-lettered for {@code reason}. */
    public void deadLetter(String reason, long n) {
        deadLetters.computeIfAbsent(reason, r -> Counter.builder(DEAD_LETTERS)
                .description("Records written to the dead-letter topic, by reason").tag("reason", r).register(registry))
                .increment(n);
    }

    /** Replaces the lag gauges with the latest reports (a partition that went away disappears). */
    public void lag(List<LagReport> reports) {
        List<MultiGauge.Row<?>> records = new ArrayList<>();
        List<MultiGauge.Row<?>> seconds = new ArrayList<>();
        for (LagReport report : reports) {
            for (PartitionLag p : report.partitions()) {
                Tags tags = Tags.of("group", report.group(), "topic", p.topic(), "partition", Integer.toString(p.partition()));
                records.add(MultiGauge.Row.of(tags, p.lag()));
                seconds.add(MultiGauge.Row.of(tags, p.lagSeconds() == null ? Double.NaN : p.lagSeconds()));
            }
        }
        lagRecords.register(records, true);
        lagSeconds.register(seconds, true);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    /** The counters' current values, for the dashboard. */
    public Totals totals() {
        Map<String, Long> byReason = new TreeMap<>();
        deadLetters.forEach((reason, c) -> byReason.put(reason, (long) c.count()));
        Map<String, Long> byClaimant = new TreeMap<>();
        claims.forEach((claimant, c) -> byClaimant.put(claimant, (long) c.count()));
        long alertCount = alerts.values().stream().mapToLong(c -> (long) c.count()).sum();
        return new Totals((long) articlesRead.count(), byClaimant.values().stream().mapToLong(Long::longValue).sum(),
                alertCount, byReason.values().stream().mapToLong(Long::longValue).sum(), byReason, byClaimant);
    }

    /** Counter values at one instant. */
    public record Totals(long articlesRead, long claimsExtracted, long alertsRaised, long deadLetters,
                         Map<String, Long> deadLettersByReason, Map<String, Long> claimsByClaimant) {
    }

    MeterRegistry meterRegistry() {
        return registry;
    }
}
