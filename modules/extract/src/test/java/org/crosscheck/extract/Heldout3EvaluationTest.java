package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crosscheck.extract.eval.Evaluation;
import org.crosscheck.extract.eval.GoldCorpus;
import org.crosscheck.extract.eval.GoldItem;
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
        List<String> errors = new ArrayList<>();
        List<GoldItem> items;
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/corpus/heldout3.jsonl"), StandardCharsets.UTF_8)) {
            items = GoldCorpus.read(r, (line, reason) -> errors.add("line " + line + ": " + reason));
        }
        assertThat(errors).isEmpty();
        assertThat(items).hasSize(50);
        assertThat(items.stream().filter(i -> i.claims().isEmpty()).count()).isGreaterThanOrEqualTo(12);

        Evaluation.Report report = new Evaluation(ClaimExtractor.standard()).run(items);
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);
        Files.writeString(out.resolve("heldout3.txt"), report.table() + "\n" + String.join("\n", report.misses()) + "\n");

        assertThat(report.whole().f1()).as(report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
