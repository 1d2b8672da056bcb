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
        List<String> errors = new ArrayList<>();
        List<GoldItem> items;
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/corpus/heldout4.jsonl"), StandardCharsets.UTF_8)) {
            items = GoldCorpus.read(r, (line, reason) -> errors.add("line " + line + ": " + reason));
        }
        assertThat(errors).isEmpty();
        assertThat(items).hasSize(40);
        assertThat(items.stream().filter(i -> i.claims().isEmpty()).count()).isGreaterThanOrEqualTo(10);

        Evaluation.Report report = new Evaluation(ClaimExtractor.standard()).run(items);
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);
        Files.writeString(out.resolve("heldout4.txt"), report.table() + "\n" + String.join("\n", report.misses()) + "\n");

        assertThat(report.whole().f1()).as(report.table()).isGreaterThanOrEqualTo(WHOLE_CLAIM_F1_FLOOR);
    }
}
