package org.crosscheck.app;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.extract.eval.Evaluation;
import org.crosscheck.extract.eval.GoldCorpus;
import org.crosscheck.extract.eval.GoldItem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the extractor against a labelled corpus: precision, recall and F1 for whole claims and per field. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Precision, recall and F1 of the extractor against a labelled corpus.",
        description = {
            "Reads a gold corpus (one JSON object a line: id, outlet, published_at, title, body, claims[]),"
                + " runs the extractor on each passage and prints a table: whole claims (claimant, count, category,"
                + " outcome, location, polarity and trend all right) and each field.",
            "The project's corpus is modules/extract/src/test/resources/corpus/gold.jsonl (see its README)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The labelled corpus (JSON lines).")
    Path gold;

    @Option(names = "--misses", description = "Also list every missed, wrong and invented claim.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BadLines bad = new BadLines(spec.commandLine().getErr());
        List<GoldItem> items;
        try (Reader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            items = GoldCorpus.read(r, bad::badLine);
        }
        Evaluation.Report report = new Evaluation(ClaimExtractor.standard()).run(items);
        out.printf("%d passages, %d gold claims%n%n", items.size(), report.whole().gold());
        out.print(report.table());
        if (misses) {
            out.println();
            report.misses().forEach(out::println);
        }
        out.flush();
        return bad.count() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
