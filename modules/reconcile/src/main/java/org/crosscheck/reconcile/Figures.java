package org.crosscheck.reconcile;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.Count;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Qualifier;

/** What kind of statement a claim is: a figure of harm, a denial of harm, or a word about a trend. */
final class Figures {

    private Figures() {
    }

    static boolean hasFigure(CasualtyClaim c) {
        return c.getCount().getQualifier() != Qualifier.NONE;
    }

    /** A denial, or an assertion that nobody (no civilians) was harmed: "its strikes killed no civilians". */
    static boolean denial(CasualtyClaim c) {
        if (c.getPolarity() == Polarity.DENIES) {
            return true;
        }
        Count n = c.getCount();
        return c.getPolarity() == Polarity.ASSERTS && hasFigure(c) && n.getLow() == 0 && n.getHigh() != null
                && n.getHigh() == 0 && c.getCategory() != Category.COMBATANTS;
    }

    /** An asserted figure of harm (not a denial, not a trend). */
    static boolean figure(CasualtyClaim c) {
        return c.getPolarity() == Polarity.ASSERTS && hasFigure(c) && !denial(c);
    }

    /** A statement about a rise or fall, without a figure. */
    static boolean trend(CasualtyClaim c) {
        return c.getTrend() != null && !hasFigure(c);
    }

    /** The largest figure the words allow: the high bound, or the low bound when the high is open. */
    static long highOrLow(Count n) {
        return n.getHigh() == null ? n.getLow() : n.getHigh();
    }
}
