package org.crosscheck.reconcile;

import java.util.List;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.CasualtyClaim;

/**
 * One contradiction found between two claimants, before it becomes an alert.
 *
 * @param kind   the alert kind
 * @param rule   which rule found it (several rules raise NUMERIC)
 * @param first  one side's claim (see {@link Rule} for which)
 * @param second the other side's claim
 * @param gap    0..1, the share of the larger figure the smaller one leaves out (1 for a denial or trend)
 * @param claims every claim the finding rests on, in arrival order
 * @param total  for {@link Rule#INCIDENT_SUM}: the sum of the incident figures; for
 *               {@link Rule#UNDERCOUNT}: the publication time (epoch ms) of the lower party's restatement
 * @param extra  for {@link Rule#INCIDENT_SUM}: the number of incidents; for {@link Rule#UNDERCOUNT}: the
 *               publication time (epoch ms) of the higher party's figure
 */
record Finding(AlertKind kind, Rule rule, CasualtyClaim first, CasualtyClaim second, double gap,
        List<CasualtyClaim> claims, long total, long extra) {

    Finding(AlertKind kind, Rule rule, CasualtyClaim first, CasualtyClaim second, double gap) {
        this(kind, rule, first, second, gap, List.of(first, second), 0, 0);
    }

    /** What found the contradiction, and what {@code first} and {@code second} are. */
    enum Rule {
        /** Two figures of one place, period and category that do not overlap: first arrived first. */
        NUMERIC,
        /** A figure for a whole (a governorate, a longer period) below one for a part of it: first is the whole. */
        NUMERIC_WHOLE,
        /** A cumulative toll below the sum of one other claimant's incident figures inside it: first is the toll. */
        INCIDENT_SUM,
        /** A part (children) above another party's whole (civilians): first is the part. */
        SUBSET,
        /** A denial of harm the other party lays at the denier's door: first is the report, second the denial. */
        DENIAL,
        /** A disputed or reversed trend: first arrived first. */
        TREND,
        /** A party publishes again below another's earlier figure: first is the higher, second the lower. */
        UNDERCOUNT
    }
}
