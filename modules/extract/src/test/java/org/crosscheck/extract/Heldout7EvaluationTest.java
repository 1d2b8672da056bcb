package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the eighth held-out corpus (corpus/heldout7.jsonl: 40 passages written and
 * labelled by a helper who never ran the extractor nor read its code, in the mix of a week of wire
 * copy and NGO output: short agency items, longer stories with two or three parties giving
 * different figures, denials and disputes, quotes over two sentences, titled speakers, later
 * references, weekly and monthly tolls, headlines with and without a body, 10 negatives) and writes
 * the table and every miss to target/eval/heldout7.txt. The floor is the whole-claim F1 of the first
 * run, scored once the heldout6 fixes were in: it guards against regressions only.
 */
class Heldout7EvaluationTest {

    /**
     * Whole-claim F1 of the first run on this set (commit 03d11ff): 53 right of 77 predicted and 83
     * gold, P 0.688, R 0.639, F1 0.6625 (106/160). Never raise it to a later figure: later figures are
     * no longer held out.
     */
    private static final double WHOLE_CLAIM_F1_FLOOR = 0.6625;

    @Test
    void scoresTheSeventhHeldOutCorpus() throws IOException {
        ScoredCorpus corpus = ScoredCorpus.of("heldout7.jsonl", "heldout7.txt");
        assertThat(corpus.items).hasSize(40);
        assertThat(corpus.negatives()).isGreaterThanOrEqualTo(10);
        assertThat(corpus.report.whole().f1()).as(corpus.report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
