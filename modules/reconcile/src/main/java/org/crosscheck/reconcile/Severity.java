package org.crosscheck.reconcile;

import java.util.Set;

import org.crosscheck.avro.CasualtyClaim;

/**
 * Severity in [0, 1]: 0.3 for any contradiction, up to 0.5 more for the size of the gap (the share
 * of the larger figure that the smaller one leaves out; a denial or a disputed trend counts as a
 * full gap), and 0.2 more when an independent documenter (NGO, monitor, UN, rescuers) stands against
 * a party to the fighting, the disagreement monitoring teams most need to grade.
 */
final class Severity {

    private static final Set<String> BELLIGERENTS = Set.of("coalition", "us-military", "russia", "syria-government", "sdf");
    private static final Set<String> DOCUMENTERS = Set.of("amnesty", "hrw", "airwars", "sohr", "un", "white-helmets", "syria-direct");

    private Severity() {
    }

    static double of(Finding f) {
        double gap = Math.max(0, Math.min(1, f.gap()));
        double standing = standing(f.first(), f.second());
        return round(0.3 + 0.5 * gap + 0.2 * standing);
    }

    private static double standing(CasualtyClaim a, CasualtyClaim b) {
        String x = a.getClaimant().getId();
        String y = b.getClaimant().getId();
        if (BELLIGERENTS.contains(x) && DOCUMENTERS.contains(y) || BELLIGERENTS.contains(y) && DOCUMENTERS.contains(x)) {
            return 1.0;
        }
        return BELLIGERENTS.contains(x) || BELLIGERENTS.contains(y) || DOCUMENTERS.contains(x) || DOCUMENTERS.contains(y) ? 0.5 : 0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
