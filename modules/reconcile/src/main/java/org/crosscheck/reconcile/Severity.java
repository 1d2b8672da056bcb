package org.crosscheck.reconcile;

/**
 * Severity in [0, 1], documented in SEVERITY.md: 0.3 for any contradiction, up to 0.5 more for the size
 * of the gap (the share of the larger figure that the smaller one leaves out; a denial or a disputed
 * trend counts as a full gap), and up to 0.2 more for the standing of the two claimants (0.2 when an
 * independent documenter stands against a party to the fighting, 0.1 when one of them is either).
 */
final class Severity {

    private Severity() {
    }

    static double of(Finding f) {
        double gap = Math.max(0, Math.min(1, f.gap()));
        double standing = Parties.standing(f.first().getClaimant().getId(), f.second().getClaimant().getId());
        return round(0.3 + 0.5 * gap + 0.2 * standing);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
