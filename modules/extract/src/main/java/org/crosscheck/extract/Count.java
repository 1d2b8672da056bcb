package org.crosscheck.extract;

/**
 * A figure as the text gives it, with the token span it came from. {@code high} null is an open bound.
 * {@code zero} marks "no civilians"/"none", which the extractor reads as a denial.
 */
public record Count(long low, Long high, String qualifier, int from, int to) {

    public boolean zero() {
        return low == 0 && high != null && high == 0;
    }
}
