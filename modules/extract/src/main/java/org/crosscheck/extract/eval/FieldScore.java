package org.crosscheck.extract.eval;

/** Precision, recall and F1 of one field (or of whole claims) over the corpus. */
public record FieldScore(String field, int correct, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : correct / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : correct / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
