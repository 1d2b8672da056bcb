package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.internal.EventState;

/**
 * An event's claims grouped into statements ({@link Statement}): every statement ever made, and the
 * current ones, where a claimant's later statement of a kind replaces its earlier one.
 */
final class EventClaims {

    final EventState state;
    /** Every statement, by identity, in order of first publication. */
    final List<Statement> all;
    /** The latest statement of each claimant and kind, in order of first publication. */
    final List<Statement> current;

    private EventClaims(EventState state, List<Statement> all, List<Statement> current) {
        this.state = state;
        this.all = all;
        this.current = current;
    }

    static EventClaims of(EventState e) {
        Map<String, Statement> byIdentity = new LinkedHashMap<>();
        List<CasualtyClaim> claims = e.getClaims();
        for (int i = 0; i < claims.size(); i++) {
            CasualtyClaim c = claims.get(i);
            String claimant = ClaimantKey.of(c);
            String kind = kind(claimant, c);
            String identity = kind + "|" + c.getPolarity() + "|" + figure(c.getCount());
            byIdentity.computeIfAbsent(identity, k -> new Statement(claimant, kind, identity)).add(c, time(e, c), i);
        }
        List<Statement> all = new ArrayList<>(byIdentity.values());
        all.sort(Statement::byPublication);
        Map<String, Statement> latest = new LinkedHashMap<>();
        for (Statement s : all) {
            latest.put(s.kind, s); // in publication order: the last one put is the latest
        }
        List<Statement> current = new ArrayList<>(latest.values());
        current.sort(Statement::byPublication);
        return new EventClaims(e, List.copyOf(all), List.copyOf(current));
    }

    /**
     * Statements of one kind supersede each other: same claimant, category, place, period, and the same
     * sort of statement (a figure or denial; a trend, per direction).
     */
    static String kind(String claimant, CasualtyClaim c) {
        String sort = Figures.trend(c) ? "trend:" + c.getTrend() : "figure";
        return claimant + "|" + c.getCategory() + "|" + c.getLocation().getId() + "|" + Periods.format(c.getPeriod())
                + "|" + sort;
    }

    private static String figure(Count n) {
        return n.getLow() + ".." + n.getHigh() + " " + n.getQualifier();
    }

    /** The record timestamp the claim arrived with (its article's publication). */
    static long time(EventState e, CasualtyClaim c) {
        Long t = e.getClaimTimes() == null ? null : e.getClaimTimes().get(c.getClaimId());
        return t != null ? t : e.getLastUpdated().toEpochMilli();
    }

    long time(CasualtyClaim c) {
        return time(state, c);
    }

    /** Every statement of the claimant of the same kind as {@code s}, oldest first. */
    List<Statement> history(Statement s) {
        List<Statement> out = new ArrayList<>();
        for (Statement x : all) {
            if (x.kind.equals(s.kind)) {
                out.add(x);
            }
        }
        out.sort(Comparator.comparingLong((Statement x) -> x.firstSeen));
        return out;
    }
}
