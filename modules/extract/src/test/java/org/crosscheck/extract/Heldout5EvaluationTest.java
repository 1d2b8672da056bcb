package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the fifth held-out corpus (corpus/heldout5.jsonl: 45 passages written and
 * labelled by a helper who had not read the extractor's code or output: long wire stories whose
 * attribution and place are set in one sentence and whose figures come later, quotes over two
 * sentences, later references, revised tolls, Iraqi and Syrian sources, ranges, displaced and
 * trapped people, denials and disputes, parts of wholes, 9 negatives) and writes the table and
 * every miss to target/eval/heldout5.txt. The floor is the whole-claim F1 of the first run, before
 * any change made in view of these errors: it guards against regressions only.
 */
class Heldout5EvaluationTest {

    /**
     * Whole-claim F1 of the first run on this set (commit a7e5cda, before the scorer paired whole
     * matches first): 47 right of 74 predicted and 85 gold, P 0.635, R 0.553, F1 0.591 (94/159 =
     * 0.59119..., rounded down). Never raise it to a later figure: later figures are no longer held out.
     */
    private static final double WHOLE_CLAIM_F1_FLOOR = 0.5911;

    @Test
    void scoresTheFifthHeldOutCorpus() throws IOException {
        ScoredCorpus corpus = ScoredCorpus.of("heldout5.jsonl", "heldout5.txt");
        assertThat(corpus.items).hasSize(45);
        assertThat(corpus.negatives()).isGreaterThanOrEqualTo(9);
        assertThat(corpus.report.whole().f1()).as(corpus.report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
