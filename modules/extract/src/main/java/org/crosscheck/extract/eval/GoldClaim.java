package org.crosscheck.extract.eval;

/**
 * A labelled claim of the evaluation corpus. {@code location} is a place name as a reader would
 * write it (resolved through the gazetteer when scored); {@code subsetOf} indexes the item's claims.
 */
public record GoldClaim(String claimant, String speaker, String polarity, long low, Long high, String qualifier,
        String category, String outcome, String location, String periodStart, String periodEnd, String trend,
        String perpetrator, Integer subsetOf) {
}
