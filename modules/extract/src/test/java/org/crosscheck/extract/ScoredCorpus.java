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

/**
 * A labelled corpus of the test resources (under /corpus), every line of it read cleanly, scored by
 * the standard extractor, with the table and every miss written to target/eval for a reader. The
 * evaluation tests of the corpus and of each held-out set share it; each keeps its own checks and floor.
 */
final class ScoredCorpus {

    final List<GoldItem> items;
    final Evaluation.Report report;

    private ScoredCorpus(List<GoldItem> items, Evaluation.Report report) {
        this.items = items;
        this.report = report;
    }

    /** Reads {@code /corpus/<resource>}, scores it and writes {@code target/eval/<reportFile>}. */
    static ScoredCorpus of(String resource, String reportFile) throws IOException {
        List<String> errors = new ArrayList<>();
        List<GoldItem> items;
        try (Reader r = new InputStreamReader(ScoredCorpus.class.getResourceAsStream("/corpus/" + resource), StandardCharsets.UTF_8)) {
            items = GoldCorpus.read(r, (line, reason) -> errors.add("line " + line + ": " + reason));
        }
        assertThat(errors).as(resource).isEmpty();

        Evaluation.Report report = new Evaluation(ClaimExtractor.standard()).run(items);
        Path out = Path.of("target", "eval");
        Files.createDirectories(out);
        Files.writeString(out.resolve(reportFile), report.table() + "\n" + String.join("\n", report.misses()) + "\n");
        return new ScoredCorpus(items, report);
    }

    /** Passages that hold no claim. */
    long negatives() {
        return items.stream().filter(i -> i.claims().isEmpty()).count();
    }
}
