package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Scores the extractor on the third held-out corpus (corpus/heldout3.jsonl: 50 passages in a
 * different voice, written and labelled after the fixes that heldout2.jsonl led to, before the
 * extractor was run on them: dense wire and NGO paragraphs, figures in parentheses, semicolon lists
 * of places, figures at the start of sentences, two-sentence quotes with the speaker after them,
 * hedged claims, monthly and annual tallies, corrections, 14 negatives) and writes the table and
 * every miss to target/eval/heldout3.txt. The floor is the whole-claim F1 measured on the first
 * run, before any change made in view of these errors: it guards against regressions only.
 */
class Heldout3EvaluationTest {

    /**
     * Whole-claim F1 of the first run on this set, on the unchanged extractor, before any fix: 45
     * right of 73 predicted and 91 gold, P 0.616, R 0.495, F1 0.549 (90/164 = 0.54878..., rounded
     * down). Never raise it to a later figure: later figures are no longer held out.
     */
    private static final double WHOLE_CLAIM_F1_FLOOR = 0.5487;

    @Test
    void scoresTheThirdHeldOutCorpus() throws IOException {
        ScoredCorpus corpus = ScoredCorpus.of("heldout3.jsonl", "heldout3.txt");
        assertThat(corpus.items).hasSize(50);
        assertThat(corpus.negatives()).isGreaterThanOrEqualTo(12);
        assertThat(corpus.report.whole().f1()).as(corpus.report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
