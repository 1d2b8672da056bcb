package org.crosscheck.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.schema.JsonRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Articles in, alerts out, offline: the whole topology, without a broker. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Articles to alerts through the real topology, offline: JSON lines in, JSON lines out.",
        description = {
            "Reads JSON-lines articles, runs them through the real crosscheck topology (in memory, no Kafka)"
                + " in input order, each stamped with its published_at, and writes every alert state the"
                + " topology publishes, one JSON object per line, in order: an alert id may appear several"
                + " times (OPEN, UPDATED, RESOLVED); its last line is its current state.",
            "Standard output holds only alerts; logs and bad-line reports go to standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_LINE,
            "1:some lines were bad or could not be processed by the pipeline (its dead letters); each is"
                + " reported on standard error as 'line N: reason' and the other lines were still processed",
            ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
final class CheckCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    @Mixin
    InputOption input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BadLines bad = new BadLines(spec.commandLine().getErr());
        long[] alerts = {0};
        JsonLinesReader.Counts counts;
        try (InputStream in = input.open(); OfflinePipeline pipeline = new OfflinePipeline()) {
            counts = ArticleLines.reader().read(in, (line, article) -> {
                OfflinePipeline.Output output = pipeline.process(article);
                for (ContradictionAlert alert : output.alerts()) {
                    out.println(JsonRecords.toJson(alert));
                }
                alerts[0] += output.alerts().size();
                output.deadLetters().forEach(reason -> bad.badLine(line, reason));
            }, bad);
        } finally {
            out.flush();
        }
        LOG.info("{}: {} articles, {} alert states, {} bad lines", input.describe(), counts.good(), alerts[0], bad.count());
        return bad.count() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
