package org.crosscheck.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.crosscheck.schema.kafka.Topics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** JSON-lines articles to the articles topic of a running cluster. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Sends JSON-lines articles to the articles topic.",
        description = {
            "Sends JSON-lines articles to Kafka, keyed by article id, Avro-encoded, with an idempotent"
                + " producer and acks=all. Re-sending an article id replaces the earlier version downstream.",
            "Bad lines (and articles the cluster did not accept) are reported as 'line N: reason' and"
                + " skipped; the summary 'sent N, skipped M' goes to standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was sent and acknowledged",
            "1:some lines were skipped (bad, or not delivered); each is reported on standard error",
            ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    InputOption input;

    @Mixin
    BootstrapOption bootstrap;

    // the initial value (not defaultValue) so the name comes from the registry, never spelled twice
    @Option(names = "--topic", paramLabel = "TOPIC", description = "Topic to send to. Default: ${DEFAULT-VALUE}.")
    String topic = Topics.ARTICLES.name();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BadLines bad = new BadLines(err);
        long acknowledged;
        try (InputStream in = input.open();
             Ingestor ingestor = Ingestor.connect(bootstrap.resolve(), topic, bad)) {
            ArticleLines.reader().read(in, ingestor::send, bad);
            ingestor.flush();
            acknowledged = ingestor.acknowledged();
        }
        long skipped = bad.count(); // bad lines and failed deliveries alike
        err.println("sent " + acknowledged + ", skipped " + skipped); // exact form: scripts read it
        err.flush();
        return skipped == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
