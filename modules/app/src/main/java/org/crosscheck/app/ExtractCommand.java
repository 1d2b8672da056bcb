package org.crosscheck.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.schema.JsonRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Articles in, claims out, offline: the extractor the topology runs, without Kafka. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Articles to claims, offline: JSON lines in, JSON lines out.",
        description = {
            "Reads JSON-lines articles and writes every casualty claim they hold, one JSON object per line,"
                + " in text order (the title first). No Kafka needed.",
            "Articles: {\"id\",\"url\",\"outlet\",\"published_at\",\"title\",\"body\",\"language\"}; lines over 1 MiB"
                + " are refused. Claims follow the CasualtyClaim schema, snake_case field names.",
            "Standard output holds only claims; logs and bad-line reports go to standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BAD_INPUT_LINE, ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
final class ExtractCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

    @Mixin
    InputOption input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BadLines bad = new BadLines(spec.commandLine().getErr());
        ClaimExtractor extractor = ClaimExtractor.standard();
        long[] claims = {0};
        JsonLinesReader.Counts counts;
        try (InputStream in = input.open()) {
            counts = ArticleLines.reader().read(in, (line, article) -> {
                List<CasualtyClaim> extracted;
                try {
                    extracted = extractor.extract(article);
                } catch (RuntimeException e) {
                    // one article the extractor cannot handle must not cost the rest of the file
                    LOG.debug("extraction failed on line {}", line, e);
                    bad.badLine(line, "extraction failed: " + FailureHandler.describe(e));
                    return;
                }
                for (CasualtyClaim claim : extracted) {
                    out.println(JsonRecords.toJson(claim));
                }
                claims[0] += extracted.size();
            }, bad);
        } finally {
            out.flush();
        }
        LOG.info("{}: {} articles, {} claims, {} bad lines", input.describe(), counts.good(), claims[0], bad.count());
        return bad.count() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
