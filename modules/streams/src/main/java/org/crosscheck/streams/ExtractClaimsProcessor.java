package org.crosscheck.streams;

import java.util.List;
import java.util.Objects;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.reconcile.RegionRouter;

/**
 * Article in, claims out, each keyed by a region it concerns: one record per (claim, region), so a
 * country-wide claim is written to every region of its country. The claims topic this feeds is the
 * re-keying step (it stands where an internal repartition topic would).
 *
 * <p>A tombstone (null article) is skipped: retracting an article's claims is not modelled yet.
 */
final class ExtractClaimsProcessor implements Processor<String, Article, String, CasualtyClaim> {

    private final ClaimExtractor extractor;
    private final RegionRouter router;
    private ProcessorContext<String, CasualtyClaim> context;

    ExtractClaimsProcessor(ClaimExtractor extractor, RegionRouter router) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    public void init(ProcessorContext<String, CasualtyClaim> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        if (article == null) {
            return;
        }
        for (CasualtyClaim claim : extractor.extract(article)) {
            List<String> regions = router.regionsFor(claim);
            for (String region : regions) {
                context.forward(record.withKey(region).withValue(claim));
            }
        }
    }
}
