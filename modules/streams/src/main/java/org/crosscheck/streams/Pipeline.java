package org.crosscheck.streams;

import java.util.Objects;

import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.extract.Gazetteer;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.reconcile.RegionRouter;
import org.crosscheck.reconcile.Reconciler;

/**
 * The domain logic the topology runs: articles to claims, claims to regions, claims to events and
 * alerts. None of it knows Kafka; all of it is thread-safe, so one instance serves every stream thread.
 */
public record Pipeline(ClaimExtractor extractor, RegionRouter router, Reconciler reconciler) {

    public Pipeline {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(reconciler, "reconciler");
    }

    /** The standard extractor, router and reconciler over the standard gazetteer. */
    public static Pipeline standard(ReconcileSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ClaimExtractor extractor = ClaimExtractor.standard();
        Gazetteer gazetteer = extractor.gazetteer();
        return new Pipeline(extractor, new RegionRouter(gazetteer), new Reconciler(gazetteer, settings));
    }
}
