package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Qualifier;

/**
 * Compares every pair of claims of one event made by two different claimants, and keeps for each
 * (pair of claimants, kind) the pair of claims with the widest gap. Rules:
 * NUMERIC: figures of one category and one scope whose intervals do not overlap, even after
 * widening each by the tolerance. SUBSET: a part's figure (children) above another party's whole
 * (civilians). DENIAL: a party denies civilian harm that another party lays at its door. TREND: a
 * party disputes (or reverses) a trend another reports.
 */
final class ContradictionDetector {

    private final double tolerance;

    ContradictionDetector(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Findings keyed by "claimantA|claimantB:KIND", claimants in sorted order. */
    Map<String, Finding> detect(List<CasualtyClaim> claims) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                CasualtyClaim a = claims.get(i);
                CasualtyClaim b = claims.get(j);
                String ka = ClaimantKey.of(a);
                String kb = ClaimantKey.of(b);
                if (ka.equals(kb)) {
                    continue;
                }
                Finding f = compare(a, b);
                if (f == null) {
                    continue;
                }
                String key = (ka.compareTo(kb) < 0 ? ka + "|" + kb : kb + "|" + ka) + ":" + f.kind();
                Finding previous = out.get(key);
                if (previous == null || f.gap() > previous.gap()) {
                    out.put(key, f);
                }
            }
        }
        return out;
    }

    private Finding compare(CasualtyClaim a, CasualtyClaim b) {
        Finding trend = trend(a, b);
        if (trend != null) {
            return trend;
        }
        Finding denial = denial(a, b);
        if (denial != null) {
            return denial;
        }
        return numeric(a, b);
    }

    private static Finding trend(CasualtyClaim a, CasualtyClaim b) {
        if (a.getTrend() == null || b.getTrend() == null || !hasNoFigure(a) || !hasNoFigure(b)) {
            return null;
        }
        boolean sameTrendOpposed = a.getTrend() == b.getTrend() && a.getPolarity() != b.getPolarity()
                && (a.getPolarity() == Polarity.DISPUTES || b.getPolarity() == Polarity.DISPUTES);
        boolean oppositeTrends = a.getTrend() != b.getTrend() && a.getPolarity() == Polarity.ASSERTS && b.getPolarity() == Polarity.ASSERTS;
        return sameTrendOpposed || oppositeTrends ? new Finding(AlertKind.TREND, a, b, 1.0) : null;
    }

    /** A denial meets a report of civilian harm by the party that denies it. */
    private static Finding denial(CasualtyClaim a, CasualtyClaim b) {
        CasualtyClaim denial = a.getPolarity() == Polarity.DENIES ? a : b.getPolarity() == Polarity.DENIES ? b : null;
        CasualtyClaim report = denial == a ? b : a;
        if (denial == null || report.getPolarity() != Polarity.ASSERTS || hasNoFigure(report) || report.getCount().getLow() <= 0) {
            return null;
        }
        if (report.getCategory() == Category.COMBATANTS) {
            return null;
        }
        String accused = report.getPerpetrator();
        String denier = denial.getClaimant().getId();
        if (accused == null || !accused.equals(denier) && !accused.equals(denial.getPerpetrator())) {
            return null; // nobody in these claims blames the party that denies
        }
        return new Finding(AlertKind.DENIAL, a, b, 1.0);
    }

    private Finding numeric(CasualtyClaim a, CasualtyClaim b) {
        if (a.getPolarity() != Polarity.ASSERTS || b.getPolarity() != Polarity.ASSERTS || hasNoFigure(a) || hasNoFigure(b)) {
            return null;
        }
        if (Periods.scope(a.getPeriod()) != Periods.scope(b.getPeriod())) {
            return null; // an incident is never compared with a toll over months
        }
        if (a.getCategory() == b.getCategory()) {
            double gap = gap(a.getCount(), b.getCount());
            return gap > 0 ? new Finding(AlertKind.NUMERIC, a, b, gap) : null;
        }
        CasualtyClaim part = contains(a.getCategory(), b.getCategory()) ? b : contains(b.getCategory(), a.getCategory()) ? a : null;
        if (part == null) {
            return null;
        }
        CasualtyClaim whole = part == a ? b : a;
        Long wholeHigh = whole.getCount().getHigh();
        if (wholeHigh != null && part.getCount().getLow() > wholeHigh * (1 + tolerance)) {
            double gap = (part.getCount().getLow() - wholeHigh) / (double) part.getCount().getLow();
            return new Finding(AlertKind.SUBSET, a, b, gap);
        }
        return null;
    }

    /**
     * How far apart two figures are, as a share of the larger: 0 when their intervals (each widened
     * by the tolerance) overlap.
     */
    double gap(Count a, Count b) {
        double aLow = a.getLow() * (1 - tolerance);
        double bLow = b.getLow() * (1 - tolerance);
        double aHigh = a.getHigh() == null ? Double.POSITIVE_INFINITY : a.getHigh() * (1 + tolerance);
        double bHigh = b.getHigh() == null ? Double.POSITIVE_INFINITY : b.getHigh() * (1 + tolerance);
        if (aHigh < bLow) {
            return (b.getLow() - (double) a.getHigh()) / b.getLow();
        }
        if (bHigh < aLow) {
            return (a.getLow() - (double) b.getHigh()) / a.getLow();
        }
        return 0;
    }

    private static boolean hasNoFigure(CasualtyClaim c) {
        return c.getCount().getQualifier() == Qualifier.NONE;
    }

    /** Children and women are civilians; civilians are people. */
    static boolean contains(Category whole, Category part) {
        return switch (whole) {
            case PEOPLE -> part != Category.PEOPLE;
            case CIVILIANS -> part == Category.CHILDREN || part == Category.WOMEN;
            default -> false;
        };
    }

    static List<CasualtyClaim> inOrder(Finding f) {
        List<CasualtyClaim> out = new ArrayList<>(2);
        out.add(f.first());
        out.add(f.second());
        return out;
    }
}
