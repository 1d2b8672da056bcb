package org.crosscheck.reconcile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Polarity;
import org.crosscheck.extract.Categories;
import org.crosscheck.extract.Gazetteer;
import org.crosscheck.reconcile.Finding.Rule;
import org.crosscheck.reconcile.Periods.Scope;

/**
 * Compares the current statements ({@link EventClaims}) of two different claimants about one event,
 * and keeps for each (pair of claimants, kind) the finding with the widest gap. The rules are
 * documented in this module's README.md; in short:
 *
 * <ul>
 *   <li>NUMERIC: two figures of one place, period and category whose intervals do not overlap, each
 *       widened by the tolerance (and by at least one person). A figure for a whole (a governorate, a
 *       longer toll) contradicts one for a part of it only when it is smaller. Incident and cumulative
 *       figures are never compared directly, but a cumulative toll below the sum of another claimant's
 *       incident figures inside its period and place is NUMERIC too. Figures that blame different
 *       perpetrators are about different attacks and are not compared.</li>
 *   <li>SUBSET: a part's figure (children) above another party's whole (civilians).</li>
 *   <li>DENIAL: a party denies harm (or says nobody was harmed) that another party lays at its door.</li>
 *   <li>TREND: a party disputes a trend another reports, or reports the opposite trend.</li>
 *   <li>UNDERCOUNT_OVER_TIME: a party publishes again, after another party published a higher figure,
 *       and its figure is still below that figure (see {@link #undercount}).</li>
 * </ul>
 */
final class ContradictionDetector {

    /** Undated figures are compared only when published this close together. */
    static final Duration UNDATED_WINDOW = Duration.ofDays(3);

    private final Gazetteer gazetteer;
    private final double tolerance;
    private final long restatementGapMs;

    ContradictionDetector(Gazetteer gazetteer, ReconcileSettings settings) {
        this.gazetteer = gazetteer;
        this.tolerance = settings.tolerance();
        this.restatementGapMs = settings.restatementGap().toMillis();
    }

    /**
     * Findings keyed by "claimantA|claimantB:KIND", claimants in sorted order.
     *
     * @param event  the event
     * @param region every live event of the region, {@code event} included: the incidents a cumulative
     *               toll covers (asked for only when the event holds a cumulative figure)
     */
    Map<String, Finding> detect(EventClaims event, Supplier<List<EventClaims>> region) {
        Map<String, Finding> out = new LinkedHashMap<>();
        List<Statement> current = event.current;
        for (int i = 0; i < current.size(); i++) {
            for (int j = i + 1; j < current.size(); j++) {
                Statement a = current.get(i);
                Statement b = current.get(j);
                if (a.claimant.equals(b.claimant)) {
                    continue;
                }
                Finding f = compare(a, b);
                if (f != null) {
                    keep(out, a.claimant, b.claimant, f);
                }
                Finding u = undercount(event, a, b);
                if (u != null) {
                    keep(out, a.claimant, b.claimant, u);
                }
            }
        }
        incidentSums(event, region, out);
        return out;
    }

    private static void keep(Map<String, Finding> out, String x, String y, Finding f) {
        String key = (x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x) + ":" + f.kind();
        Finding previous = out.get(key);
        if (previous == null || f.gap() > previous.gap()) {
            out.put(key, f);
        }
    }

    /** {@code a} was published first. */
    private Finding compare(Statement a, Statement b) {
        CasualtyClaim x = a.first();
        CasualtyClaim y = b.first();
        Finding trend = trend(x, y);
        if (trend != null) {
            return trend;
        }
        Finding denial = denial(x, y);
        if (denial != null) {
            return denial;
        }
        return figures(a, b);
    }

    private static Finding trend(CasualtyClaim a, CasualtyClaim b) {
        if (!Figures.trend(a) || !Figures.trend(b)) {
            return null;
        }
        boolean sameTrendOpposed = a.getTrend() == b.getTrend() && a.getPolarity() != b.getPolarity()
                && (a.getPolarity() == Polarity.DISPUTES || b.getPolarity() == Polarity.DISPUTES);
        boolean oppositeTrends = a.getTrend() != b.getTrend() && a.getPolarity() == Polarity.ASSERTS
                && b.getPolarity() == Polarity.ASSERTS;
        return sameTrendOpposed || oppositeTrends ? new Finding(AlertKind.TREND, Rule.TREND, a, b, 1.0) : null;
    }

    /**
     * A denial meets a report of harm to non-combatants that blames the party that denies it, or, when
     * the report names nobody, a denial about that very incident (its day, its place).
     */
    private Finding denial(CasualtyClaim a, CasualtyClaim b) {
        CasualtyClaim denial = Figures.denial(a) ? a : Figures.denial(b) ? b : null;
        if (denial == null) {
            return null;
        }
        CasualtyClaim report = denial == a ? b : a;
        if (!Figures.figure(report) || report.getCount().getLow() <= 0 || report.getCategory() == Category.COMBATANTS) {
            return null;
        }
        String accused = report.getPerpetrator();
        String denier = denial.getClaimant().getId();
        if (!Parties.known(accused)) {
            // an unattributed report meets only a denial about that very incident (not a blanket one)
            if (!specific(denial) || gazetteer.isCountry(denial.getLocation().getId())
                    || !gazetteer.related(report.getLocation().getId(), denial.getLocation().getId())) {
                return null;
            }
        } else if (!Parties.sameSide(accused, denier) && !Parties.sameSide(accused, denial.getPerpetrator())) {
            return null; // nobody in these claims blames the party that denies
        }
        return new Finding(AlertKind.DENIAL, Rule.DENIAL, report, denial, 1.0, inOrder(a, b), 0, 0);
    }

    /** A denial about one incident: a period of a day or two. */
    private static boolean specific(CasualtyClaim denial) {
        return Periods.scope(denial.getPeriod()) == Scope.INCIDENT;
    }

    private Finding figures(Statement a, Statement b) {
        CasualtyClaim x = a.first();
        CasualtyClaim y = b.first();
        if (!Figures.figure(x) || !Figures.figure(y) || differentPerpetrators(x, y)) {
            return null;
        }
        Relation rel = relation(a, b);
        switch (rel) {
            case EQUAL -> {
                double gap = gap(x.getCount(), y.getCount());
                return gap > 0 ? new Finding(AlertKind.NUMERIC, Rule.NUMERIC, x, y, gap) : null;
            }
            case FIRST_COVERS, SECOND_COVERS -> {
                CasualtyClaim whole = rel == Relation.FIRST_COVERS ? x : y;
                CasualtyClaim part = whole == x ? y : x;
                Long wholeHigh = whole.getCount().getHigh();
                long partLow = part.getCount().getLow();
                if (wholeHigh == null || widenUp(wholeHigh) >= widenDown(partLow)) {
                    return null;
                }
                double gap = (partLow - (double) wholeHigh) / partLow;
                return whole.getCategory() == part.getCategory()
                        ? new Finding(AlertKind.NUMERIC, Rule.NUMERIC_WHOLE, whole, part, gap, inOrder(x, y), 0, 0)
                        : new Finding(AlertKind.SUBSET, Rule.SUBSET, part, whole, gap, inOrder(x, y), 0, 0);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * UNDERCOUNT_OVER_TIME: the lower party publishes again, later than the higher party's figure, and is
     * still below it. "Publishes again" means: its current figure was published (first, or restated)
     * after the higher figure appeared, and it had published on this event before: a different figure
     * (a revision that stays below), or the same one at least the restatement gap earlier (closer copies
     * are other outlets carrying the same statement). A one-off disagreement, whatever the order of
     * the two figures, stays a NUMERIC alert only.
     */
    private Finding undercount(EventClaims event, Statement a, Statement b) {
        CasualtyClaim x = a.first();
        CasualtyClaim y = b.first();
        if (!Figures.figure(x) || !Figures.figure(y) || differentPerpetrators(x, y) || relation(a, b) != Relation.EQUAL) {
            return null;
        }
        Statement lower;
        Statement higher;
        if (below(x.getCount(), y.getCount())) {
            lower = a;
            higher = b;
        } else if (below(y.getCount(), x.getCount())) {
            lower = b;
            higher = a;
        } else {
            return null;
        }
        long published = higher.firstSeen;
        long again = lower.lastSeen;
        if (again <= published) {
            return null;
        }
        CasualtyClaim earlier = null;
        long earlierTime = Long.MAX_VALUE;
        for (Statement s : event.history(lower)) {
            for (int i = 0; i < s.claims.size(); i++) {
                long t = s.times.get(i);
                boolean before = s == lower ? again - t >= Math.max(1, restatementGapMs) : t < again;
                if (before && t < earlierTime) {
                    earlier = s.claims.get(i);
                    earlierTime = t;
                }
            }
        }
        if (earlier == null) {
            return null;
        }
        CasualtyClaim restated = lower.last();
        List<CasualtyClaim> claims = new ArrayList<>(List.of(higher.first(), earlier, restated));
        claims.sort(Comparator.comparingLong(event::time));
        double gap = gap(lower.count(), higher.count());
        return new Finding(AlertKind.UNDERCOUNT_OVER_TIME, Rule.UNDERCOUNT, higher.first(), restated, gap,
                claims, again, published);
    }

    /**
     * A cumulative toll must be at least the sum of the incidents it covers: for each other claimant,
     * its current incident figures inside the toll's period and place (in categories the toll counts),
     * one per incident (figures whose days overlap and whose places contain one another are one
     * incident, counted once at its highest low bound), summed. A toll whose high bound is below that
     * sum is NUMERIC. Incidents of different claimants are not added up: they may be one strike
     * reported twice.
     */
    private void incidentSums(EventClaims event, Supplier<List<EventClaims>> regionEvents, Map<String, Finding> out) {
        for (Statement toll : event.current) {
            CasualtyClaim c = toll.first();
            if (!Figures.figure(c) || Periods.scope(c.getPeriod()) != Scope.CUMULATIVE || c.getCount().getHigh() == null) {
                continue;
            }
            List<EventClaims> region = regionEvents.get();
            Map<String, List<Incident>> byClaimant = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (EventClaims other : region) {
                if (other.state.getEvent().getOutcome() != event.state.getEvent().getOutcome()) {
                    continue;
                }
                for (Statement s : other.current) {
                    CasualtyClaim i = s.first();
                    if (s.claimant.equals(toll.claimant) || !Figures.figure(i)
                            || Periods.scope(i.getPeriod()) != Scope.INCIDENT
                            || !Periods.within(i.getPeriod(), c.getPeriod())
                            || !gazetteer.within(i.getLocation().getId(), c.getLocation().getId())
                            || !Categories.includes(c.getCategory(), i.getCategory())
                            || differentPerpetrators(c, i)
                            || !seen.add(s.claimant + " " + i.getClaimId())) {
                        continue;
                    }
                    add(byClaimant.computeIfAbsent(s.claimant, k -> new ArrayList<>()), i, other.time(i));
                }
            }
            for (Map.Entry<String, List<Incident>> e : byClaimant.entrySet()) {
                long sum = 0;
                for (Incident incident : e.getValue()) {
                    sum += incident.claim.getCount().getLow();
                }
                long high = c.getCount().getHigh();
                if (widenUp(high) >= widenDown(sum)) {
                    continue;
                }
                List<Incident> incidents = new ArrayList<>(e.getValue());
                incidents.sort(Comparator.comparingLong(i -> i.time));
                List<CasualtyClaim> claims = new ArrayList<>();
                claims.add(c);
                incidents.forEach(i -> claims.add(i.claim));
                double gap = (sum - (double) high) / sum;
                keep(out, toll.claimant, e.getKey(), new Finding(AlertKind.NUMERIC, Rule.INCIDENT_SUM, c,
                        incidents.get(0).claim, gap, claims, sum, incidents.size()));
            }
        }
    }

    private static final class Incident {
        CasualtyClaim claim;
        long time;

        Incident(CasualtyClaim claim, long time) {
            this.claim = claim;
            this.time = time;
        }
    }

    /** One incident per overlapping day and related place: keeps its highest low bound. */
    private void add(List<Incident> incidents, CasualtyClaim c, long time) {
        for (Incident i : incidents) {
            if (Periods.overlap(i.claim.getPeriod(), c.getPeriod())
                    && gazetteer.related(i.claim.getLocation().getId(), c.getLocation().getId())) {
                if (c.getCount().getLow() > i.claim.getCount().getLow()) {
                    i.claim = c;
                    i.time = time;
                }
                return;
            }
        }
        incidents.add(new Incident(c, time));
    }

    /** How two statements' places, periods and categories relate: the same, one covering the other, or apart. */
    enum Relation { EQUAL, FIRST_COVERS, SECOND_COVERS, NONE }

    Relation relation(Statement a, Statement b) {
        CasualtyClaim x = a.first();
        CasualtyClaim y = b.first();
        Relation place = x.getLocation().getId().equals(y.getLocation().getId()) ? Relation.EQUAL
                : gazetteer.within(y.getLocation().getId(), x.getLocation().getId()) ? Relation.FIRST_COVERS
                : gazetteer.within(x.getLocation().getId(), y.getLocation().getId()) ? Relation.SECOND_COVERS
                : Relation.NONE;
        Relation category = x.getCategory() == y.getCategory() ? Relation.EQUAL
                : Categories.strictlyContains(x.getCategory(), y.getCategory()) ? Relation.FIRST_COVERS
                : Categories.strictlyContains(y.getCategory(), x.getCategory()) ? Relation.SECOND_COVERS
                : Relation.NONE;
        return combine(place, period(a, b), category);
    }

    private static Relation period(Statement a, Statement b) {
        CasualtyClaim x = a.first();
        CasualtyClaim y = b.first();
        Scope sx = Periods.scope(x.getPeriod());
        Scope sy = Periods.scope(y.getPeriod());
        if (sx == Scope.UNKNOWN && sy == Scope.CUMULATIVE) {
            return publishedWithin(a, y.getPeriod()) ? Relation.SECOND_COVERS : Relation.NONE;
        }
        if (sy == Scope.UNKNOWN && sx == Scope.CUMULATIVE) {
            return publishedWithin(b, x.getPeriod()) ? Relation.FIRST_COVERS : Relation.NONE;
        }
        if (sx != sy) {
            return Relation.NONE; // an incident is never compared with a toll over months
        }
        return switch (sx) {
            case UNKNOWN -> Math.abs(a.firstSeen - b.firstSeen) <= UNDATED_WINDOW.toMillis() ? Relation.EQUAL : Relation.NONE;
            case INCIDENT -> Periods.overlap(x.getPeriod(), y.getPeriod()) ? Relation.EQUAL : Relation.NONE;
            case CUMULATIVE -> Periods.same(x.getPeriod(), y.getPeriod()) ? Relation.EQUAL
                    : Periods.within(y.getPeriod(), x.getPeriod()) ? Relation.FIRST_COVERS
                    : Periods.within(x.getPeriod(), y.getPeriod()) ? Relation.SECOND_COVERS
                    : Relation.NONE;
        };
    }

    /**
     * An undated figure published during a toll's period (or within a few days of its end) counts
     * deaths of that period: the toll must be at least as large. Published outside it, it may be about
     * anything and is not compared.
     */
    private static boolean publishedWithin(Statement undated, org.crosscheck.avro.Period toll) {
        java.time.LocalDate day = java.time.Instant.ofEpochMilli(undated.firstSeen).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        java.time.LocalDate start = toll.getStart();
        java.time.LocalDate end = toll.getEnd();
        return (start == null || !day.isBefore(start))
                && (end == null || !day.isAfter(end.plusDays(Periods.SAME_PERIOD_DAYS)));
    }

    private static Relation combine(Relation... relations) {
        Relation direction = Relation.EQUAL;
        for (Relation r : relations) {
            if (r == Relation.NONE) {
                return Relation.NONE;
            }
            if (r != Relation.EQUAL) {
                if (direction != Relation.EQUAL && direction != r) {
                    return Relation.NONE; // each covers the other in some way: not comparable
                }
                direction = r;
            }
        }
        return direction;
    }

    /** Both name who did it, and not the same side: two attacks, not two accounts of one. */
    private static boolean differentPerpetrators(CasualtyClaim a, CasualtyClaim b) {
        String x = a.getPerpetrator();
        String y = b.getPerpetrator();
        return Parties.known(x) && Parties.known(y) && !Parties.sameSide(x, y);
    }

    private double widenUp(long n) {
        return n + Math.max(n * tolerance, 1);
    }

    private double widenDown(long n) {
        return n - Math.max(n * tolerance, 1);
    }

    /** {@code a}'s whole interval lies below {@code b}'s, beyond the tolerance. */
    private boolean below(Count a, Count b) {
        return a.getHigh() != null && widenUp(a.getHigh()) < widenDown(b.getLow());
    }

    /**
     * How far apart two figures are, as a share of the larger: 0 when their intervals (each widened
     * by the tolerance, and by at least one) overlap.
     */
    double gap(Count a, Count b) {
        if (below(a, b)) {
            return (b.getLow() - (double) a.getHigh()) / b.getLow();
        }
        if (below(b, a)) {
            return (a.getLow() - (double) b.getHigh()) / a.getLow();
        }
        return 0;
    }

    private static List<CasualtyClaim> inOrder(CasualtyClaim a, CasualtyClaim b) {
        return List.of(a, b);
    }
}
