package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the second held-out corpus (corpus/heldout2.jsonl: 50 passages written
 * and labelled after the first held-out set had been used for fixes, before the extractor was run
 * on them: multi-claimant wire paragraphs, attributions after long appositives, Iraqi settings,
 * updated tolls, injured and missing beside killed, 14 negatives) and writes the table and every
 * miss to target/eval/heldout2.txt. The floor is the whole-claim F1 measured on the first run,
 * before any change made in view of these errors: it guards against regressions only.
 */
class Heldout2EvaluationTest {

    /**
     * Whole-claim F1 of the first run on this set, on the unchanged extractor, before any fix: 35
     * right of 60 predicted and 74 gold, P 0.583, R 0.473, F1 0.522 (70/134 = 0.52238..., rounded
     * down). Never raise it to a later figure: later figures are no longer held out.
     */
    private static final double WHOLE_CLAIM_F1_FLOOR = 0.5223;

    @Test
    void scoresTheSecondHeldOutCorpus() throws IOException {
        ScoredCorpus corpus = ScoredCorpus.of("heldout2.jsonl", "heldout2.txt");
        assertThat(corpus.items).hasSize(50);
        assertThat(corpus.negatives()).isGreaterThanOrEqualTo(12);
        assertThat(corpus.report.whole().f1()).as(corpus.report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
