package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the fourth held-out corpus (corpus/heldout4.jsonl: 40 passages written
 * and labelled after the fixes that heldout4.jsonl led to, before the extractor was run on them:
 * agency flashes, headlines with a one-line body, human-rights report summaries, hospital and
 * civil-defence statements, Iraqi, Syrian, Russian and coalition press-release language, figures in
 * words and digits, bounds and ranges, injured, missing, displaced and trapped people, later
 * references, 10 negatives) and writes the table and every miss to target/eval/heldout4.txt. The
 * floor is the whole-claim F1 measured on the first run, before any change made in view of these
 * errors: it guards against regressions only.
 */
class Heldout4EvaluationTest {

    /**
     * Whole-claim F1 of the first run on this set, on the unchanged extractor, before any fix: 31
     * right of 37 predicted and 47 gold, P 0.838, R 0.660, F1 0.738 (62/84 = 0.73809..., rounded
     * down). Never raise it to a later figure: later figures are no longer held out.
     */
    private static final double WHOLE_CLAIM_F1_FLOOR = 0.7380;

    @Test
    void scoresTheFourthHeldOutCorpus() throws IOException {
        ScoredCorpus corpus = ScoredCorpus.of("heldout4.jsonl", "heldout4.txt");
        assertThat(corpus.items).hasSize(40);
        assertThat(corpus.negatives()).isGreaterThanOrEqualTo(10);
        assertThat(corpus.report.whole().f1()).as(corpus.report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
