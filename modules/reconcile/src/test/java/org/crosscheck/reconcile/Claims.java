package org.crosscheck.reconcile;

import java.time.LocalDate;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Claimant;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Evidence;
import org.crosscheck.avro.Location;
import org.crosscheck.avro.Outcome;
import org.crosscheck.avro.Period;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Qualifier;
import org.crosscheck.avro.Trend;
import org.crosscheck.extract.ClaimantDirectory;

/** A small builder of claims for reconcile tests: defaults are a civilian death toll in Raqqa city. */
final class Claims {

    private final CasualtyClaim.Builder b = CasualtyClaim.newBuilder()
            .setArticleId("a").setOutlet("Test Wire")
            .setPolarity(Polarity.ASSERTS)
            .setCategory(Category.CIVILIANS).setOutcome(Outcome.KILLED)
            .setLocation(Location.newBuilder().setId("sy-raqqa-city").setName("Raqqa").build())
            .setEvidence(Evidence.newBuilder().setText("test").setStart(0).setEnd(4).build());

    static Claims claim(String id, String claimant) {
        Claims c = new Claims();
        String name = ClaimantDirectory.standard().require(claimant).name();
        c.b.setClaimId(id).setArticleId(id.contains("#") ? id.substring(0, id.indexOf('#')) : id).setClaimant(Claimant.newBuilder().setId(claimant).setName(name).setSpeaker(null).build());
        return c;
    }

    Claims exactly(long n) {
        b.setCount(Count.newBuilder().setLow(n).setHigh(n).setQualifier(Qualifier.EXACT).build());
        return this;
    }

    Claims atLeast(long n) {
        b.setCount(Count.newBuilder().setLow(n).setHigh(null).setQualifier(Qualifier.AT_LEAST).build());
        return this;
    }

    Claims about(long n) {
        b.setCount(Count.newBuilder().setLow(n).setHigh(n).setQualifier(Qualifier.APPROX).build());
        return this;
    }

    Claims denial() {
        b.setPolarity(Polarity.DENIES).setCount(Count.newBuilder().setLow(0).setHigh(0L).setQualifier(Qualifier.EXACT).build());
        return this;
    }

    Claims trend(Polarity polarity, Trend trend) {
        b.setPolarity(polarity).setTrend(trend).setCount(Count.newBuilder().setLow(0).setHigh(null).setQualifier(Qualifier.NONE).build());
        return this;
    }

    Claims category(Category c) {
        b.setCategory(c);
        return this;
    }

    Claims outcome(Outcome o) {
        b.setOutcome(o);
        return this;
    }

    Claims at(String id, String name) {
        b.setLocation(Location.newBuilder().setId(id).setName(name).build());
        return this;
    }

    Claims on(String day) {
        return between(day, day);
    }

    Claims between(String start, String end) {
        b.setPeriod(Period.newBuilder().setStart(start == null ? null : LocalDate.parse(start)).setEnd(LocalDate.parse(end)).build());
        return this;
    }

    Claims by(String perpetrator) {
        b.setPerpetrator(perpetrator);
        return this;
    }

    Claims outlet(String name) {
        b.setOutlet(name).setClaimant(Claimant.newBuilder().setId("outlet").setName(name).setSpeaker(null).build());
        return this;
    }

    Claims range(long low, long high) {
        b.setCount(Count.newBuilder().setLow(low).setHigh(high).setQualifier(Qualifier.RANGE).build());
        return this;
    }

    /** The outlet that carried the claim (the claimant stays who it is). */
    Claims via(String outlet) {
        b.setOutlet(outlet);
        return this;
    }

    Claims speaker(String speaker) {
        b.setClaimant(Claimant.newBuilder(b.getClaimant()).setSpeaker(speaker).build());
        return this;
    }

    Claims since(String start) {
        b.setPeriod(Period.newBuilder().setStart(LocalDate.parse(start)).setEnd(null).build());
        return this;
    }

    Claims undated() {
        b.setPeriod(null);
        return this;
    }

    Claims retracted() {
        b.setRetracted(true);
        return this;
    }

    CasualtyClaim build() {
        if (!b.hasCount()) {
            exactly(1);
        }
        return b.build();
    }
}
