package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Count;

/**
 * One claimant's statement about an event: every claim of one claimant with one figure (or denial, or
 * trend) of one category about one place and period, however many outlets carried it. This is the
 * unit of deduplication: two wires quoting SOHR's 24 are one statement, one source, one side of an
 * alert.
 */
final class Statement {

    final String claimant;
    /** Statements with equal keys are versions of one another: the latest published is current. */
    final String kind;
    final String identity;
    final List<CasualtyClaim> claims = new ArrayList<>();
    final List<Long> times = new ArrayList<>();
    long firstSeen = Long.MAX_VALUE;
    long lastSeen = Long.MIN_VALUE;
    /** Arrival index of its first claim in the event, to order statements published at the same time. */
    int firstIndex = Integer.MAX_VALUE;

    Statement(String claimant, String kind, String identity) {
        this.claimant = claimant;
        this.kind = kind;
        this.identity = identity;
    }

    void add(CasualtyClaim c, long time, int index) {
        claims.add(c);
        times.add(time);
        firstSeen = Math.min(firstSeen, time);
        firstIndex = Math.min(firstIndex, index);
        lastSeen = Math.max(lastSeen, time);
    }

    /** The claim that first published the statement: it stands for the statement in alerts. */
    CasualtyClaim first() {
        int best = 0;
        for (int i = 1; i < claims.size(); i++) {
            if (times.get(i) < times.get(best)) {
                best = i;
            }
        }
        return claims.get(best);
    }

    /** The claim that published it last (a restatement, or another outlet's copy). */
    CasualtyClaim last() {
        int best = 0;
        for (int i = 1; i < claims.size(); i++) {
            if (times.get(i) >= times.get(best)) {
                best = i;
            }
        }
        return claims.get(best);
    }

    Count count() {
        return claims.get(0).getCount();
    }

    Set<String> outlets() {
        Set<String> out = new LinkedHashSet<>();
        for (CasualtyClaim c : claims) {
            out.add(c.getOutlet());
        }
        return out;
    }

    /** Ordered by first publication, then by arrival. */
    static int byPublication(Statement a, Statement b) {
        int t = Long.compare(a.firstSeen, b.firstSeen);
        return t != 0 ? t : Integer.compare(a.firstIndex, b.firstIndex);
    }
}
