package org.crosscheck.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.internal.ArticleClaims;
import org.crosscheck.avro.internal.RoutedClaim;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.reconcile.RegionRouter;

/**
 * Article in, claims out, each keyed by a region it concerns: one record per (claim, region), so a
 * country-wide claim is written to every region of its country. The claims topic this feeds is the
 * re-keying step (it stands where an internal repartition topic would). Each claim record carries the
 * article's publication time as its timestamp, so that reconciliation judges who published what when,
 * the same way however late an article is ingested or reprocessed.
 *
 * <p>Corrections and withdrawals: the store {@link CrosscheckTopology#ARTICLE_CLAIMS_STORE} keeps, per
 * article id, the claims its latest version produced and the regions each went to. When a new version
 * arrives under the same id, every (claim, region) of the old version that the new one does not
 * produce again is retracted: the old claim is written again to that region with {@code retracted =
 * true}, before the new version's claims. A tombstone (null value) for an article id retracts all of
 * its claims. Entries are forgotten once stream time is past their last version by the event TTL plus
 * grace: by then the events they fed have expired too.
 */
final class ExtractClaimsProcessor implements Processor<String, Article, String, CasualtyClaim> {

    private final ClaimExtractor extractor;
    private final RegionRouter router;
    private final Duration retention;
    private final Duration sweepInterval;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, CasualtyClaim> context;
    private KeyValueStore<String, ArticleClaims> articles;

    ExtractClaimsProcessor(ClaimExtractor extractor, RegionRouter router, Duration retention, PipelineMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.router = Objects.requireNonNull(router, "router");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.sweepInterval = ReconcileProcessor.sweepInterval(retention);
    }

    @Override
    public void init(ProcessorContext<String, CasualtyClaim> context) {
        this.context = context;
        this.articles = context.getStateStore(CrosscheckTopology.ARTICLE_CLAIMS_STORE);
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::forgetOldArticles);
    }

    @Override
    public void process(Record<String, Article> record) {
        String articleId = record.key();
        Article article = record.value();
        if (article != null) {
            ArticleValidator.check(article); // InvalidArticleException: dead-lettered with its reason
            metrics.articleRead();
        }
        if (articleId == null && article != null) {
            articleId = article.getId();
        }
        if (articleId == null) {
            return;
        }
        long timestamp = article != null ? article.getPublishedAt().toEpochMilli() : record.timestamp();
        ArticleClaims previous = articles.get(articleId);

        List<RoutedClaim> routed = new ArrayList<>();
        if (article != null) {
            for (CasualtyClaim claim : extractor.extract(article)) {
                metrics.claimExtracted(claim);
                routed.add(new RoutedClaim(claim, new ArrayList<>(router.regionsFor(claim))));
            }
        }
        if (previous != null) {
            Set<String> now = new HashSet<>();
            for (RoutedClaim r : routed) {
                for (String region : r.getRegions()) {
                    now.add(r.getClaim().getClaimId() + "\n" + region);
                }
            }
            for (RoutedClaim old : previous.getClaims()) {
                CasualtyClaim retraction = CasualtyClaim.newBuilder(old.getClaim()).setRetracted(true).build();
                for (String region : old.getRegions()) {
                    if (!now.contains(old.getClaim().getClaimId() + "\n" + region)) {
                        context.forward(new Record<>(region, retraction, timestamp, record.headers()));
                    }
                }
            }
        }
        for (RoutedClaim r : routed) {
            for (String region : r.getRegions()) {
                context.forward(new Record<>(region, r.getClaim(), timestamp, record.headers()));
            }
        }
        if (article == null || routed.isEmpty()) {
            if (previous != null) {
                articles.delete(articleId);
            }
        } else {
            articles.put(articleId, ArticleClaims.newBuilder().setArticleId(articleId).setClaims(routed)
                    .setLastSeen(java.time.Instant.ofEpochMilli(timestamp)).build());
        }
    }

    /** Drops the entries of articles whose latest version is older than the retention. */
    private void forgetOldArticles(long streamTime) {
        long cutoff = streamTime - retention.toMillis();
        List<KeyValue<String, ArticleClaims>> old = new ArrayList<>();
        try (KeyValueIterator<String, ArticleClaims> it = articles.all()) {
            while (it.hasNext()) {
                KeyValue<String, ArticleClaims> kv = it.next();
                if (kv.value.getLastSeen().toEpochMilli() < cutoff) {
                    old.add(kv);
                }
            }
        }
        old.forEach(kv -> articles.delete(kv.key));
    }
}
