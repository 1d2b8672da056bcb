package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the sixth held-out corpus (corpus/heldout6.jsonl: 45 passages written and
 * labelled by a helper who never ran the extractor nor read its code: monitors' weekly round-ups,
 * press releases in bullet-like sentences, military statements answering allegations, doctors
 * quoted over several sentences, a reporter's own count, corrections and revised tolls, headlines
 * with a body, towns outside the big cities, 10 negatives) and writes the table and every miss to
 * target/eval/heldout6.txt. The floor is the whole-claim F1 of the first run, scored by the owner
 * once the fixes prompted by heldout5 were in: it guards against regressions only.
 */
class Heldout6EvaluationTest {

    /**
     * Whole-claim F1 of the first run on this set (commit c434cfb): 58 right of 87 predicted and 90
     * gold, P 0.667, R 0.644, F1 0.655 (116/177 = 0.65536..., rounded down). Never raise it to a later
     * figure: later figures are no longer held out.
     */
    private static final double WHOLE_CLAIM_F1_FLOOR = 0.6553;

    @Test
    void scoresTheSixthHeldOutCorpus() throws IOException {
        ScoredCorpus corpus = ScoredCorpus.of("heldout6.jsonl", "heldout6.txt");
        assertThat(corpus.items).hasSize(45);
        assertThat(corpus.negatives()).isGreaterThanOrEqualTo(10);
        assertThat(corpus.report.whole().f1()).as(corpus.report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
