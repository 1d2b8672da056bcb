package org.crosscheck.reconcile;

import org.crosscheck.avro.CasualtyClaim;

/** Who a claim counts as: the claimant id, except that each outlet speaking for itself is its own claimant. */
final class ClaimantKey {

    private ClaimantKey() {
    }

    static String of(CasualtyClaim c) {
        String id = c.getClaimant().getId();
        return id.equals("outlet") ? "outlet:" + slug(c.getClaimant().getName()) : id;
    }

    private static String slug(String name) {
        StringBuilder b = new StringBuilder();
        for (char ch : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        return b.toString();
    }
}
