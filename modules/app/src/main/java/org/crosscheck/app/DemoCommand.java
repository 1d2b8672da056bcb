package org.crosscheck.app;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.crosscheck.broker.EmbeddedKafkaBroker;
import org.crosscheck.schema.kafka.Topics;
import org.crosscheck.ops.OpsSettings;
import org.crosscheck.streams.StreamsSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Everything in one JVM: broker, pipeline, sample articles, and the alerts they raise. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Kafka, the pipeline and sample articles in one JVM; prints alerts as they are raised.",
        description = {
            "Starts a real single-node Kafka broker (KRaft) and the crosscheck pipeline in this JVM, sends the"
                + " bundled sample articles, and prints every alert as it is raised, until Ctrl-C.",
            "Broker data and pipeline state stay in --data-dir: a second run reuses them (the samples are"
                + " sent again under the same ids, and the alerts topic is shown from its beginning).",
            "While it runs, other commands can use the printed bootstrap address, e.g."
                + " 'crosscheck ingest --bootstrap-servers 127.0.0.1:PORT --input more.jsonl'.",
            "The live dashboard (alerts, lag, throughput, dead letters) is served at the printed address,"
                + " http://127.0.0.1:8080/ unless --http-port says otherwise (a free port when 8080 is taken)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl-C or a limit", ExitCodes.USAGE_LINE, ExitCodes.FAILURE_LINE})
final class DemoCommand implements Callable<Integer> {

    /** Longer than the samples' span of publication dates (see {@link #streamsSettings}). */
    static final java.time.Duration DEMO_EVENT_TTL = java.time.Duration.ofDays(3650);

    @Mixin
    EmbeddedBrokerOptions embedded;

    @Mixin
    HttpOptions http;

    @Option(names = "--exit-after", paramLabel = "SECONDS", defaultValue = "0",
            description = "Stop by itself SECONDS after starting. Default: run until Ctrl-C.")
    long exitAfterSeconds;

    @Option(names = "--max-alerts", paramLabel = "N", defaultValue = "0",
            description = "Stop by itself after printing N alerts. Default: no limit.")
    long maxAlerts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (exitAfterSeconds < 0 || maxAlerts < 0) {
            throw new ParameterException(spec.commandLine(), "--exit-after and --max-alerts must not be negative");
        }
        if (http.httpPort != null && (http.httpPort < 0 || http.httpPort > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--http-port must be in 0..65535");
        }
        long deadline = exitAfterSeconds == 0 ? Long.MAX_VALUE : System.nanoTime() + Duration.ofSeconds(exitAfterSeconds).toNanos();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        byte[] samples = DemoArticles.load();
        boolean reused = embedded.hasEarlierData();

        say(out, "crosscheck demo: starting Kafka and the pipeline in this JVM, then sending " + DemoArticles.count(samples)
                + " sample articles; alerts are printed below as they are raised. Press Ctrl-C to stop.");
        try (ShutdownSignal signal = ShutdownSignal.install("demo")) {
            say(out, "data      " + embedded.dataDir() + (reused ? "  (reused from an earlier run)" : "  (new)"));
            try (EmbeddedKafkaBroker broker = embedded.start()) {
                say(out, "kafka     " + broker.bootstrapServers()
                        + "  (try: crosscheck alerts --bootstrap-servers " + broker.bootstrapServers() + " --from-beginning)");
                if (!signal.isRequested()) {
                    runPipeline(out, err, signal, broker, samples, deadline);
                }
            }
            say(out, "stopped.");
        }
        return ExitCodes.OK;
    }

    /** Pipeline up, samples in, alerts out, until a limit or Ctrl-C; the pipeline is stopped before the broker. */
    private void runPipeline(PrintWriter out, PrintWriter err, ShutdownSignal signal, EmbeddedKafkaBroker broker,
                             byte[] samples, long deadline) throws Exception {
        // without --http-port, a taken default port is no reason to fail a demo: it serves on a free one
        try (PipelineLauncher.Running running = PipelineLauncher.start(streamsSettings(broker), http.httpPort,
                http.httpPort == null, uri -> say(out, "dashboard: " + uri))) {
            say(out, "pipeline  running, state in " + embedded.stateDir());
            if (signal.isRequested()) {
                return;
            }
            ingest(out, err, samples, broker.bootstrapServers());
            say(out, "alerts    from the beginning of " + Topics.ALERTS.name() + ":");
            printAlerts(out, signal, broker.bootstrapServers(), deadline);
        }
    }

    private Properties streamsSettings(EmbeddedKafkaBroker broker) {
        Properties settings = new Properties();
        // the operations settings (crosscheck.http.host, ...) may come from the environment; nothing else
        // does, so the demo always runs on its own broker and state
        StreamsSettings.fromEnvironment(System.getenv()).forEach((k, v) -> {
            if (OpsSettings.names().contains(String.valueOf(k))) {
                settings.put(k, v);
            }
        });
        settings.setProperty(StreamsSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        settings.setProperty(StreamsSettings.STATE_DIR, embedded.stateDir().toString());
        // The samples span almost two years of publication and are sent at once. Kafka Streams reads
        // the articles' partitions interleaved, so a sample can be read after one published a year
        // later; with the production TTL its event would already be swept by stream time and the pair
        // it belongs to never met (a live feed arrives in publication order and does not need this).
        settings.setProperty(StreamsSettings.EVENT_TTL, DEMO_EVENT_TTL.toString());
        return settings;
    }

    private static void ingest(PrintWriter out, PrintWriter err, byte[] samples, String bootstrap) throws Exception {
        BadLines bad = new BadLines(err);
        long sent;
        try (Ingestor ingestor = Ingestor.connect(bootstrap, Topics.ARTICLES.name(), bad)) {
            ArticleLines.reader().read(new ByteArrayInputStream(samples), ingestor::send, bad);
            ingestor.flush();
            sent = ingestor.acknowledged();
        }
        say(out, "sent      " + sent + " sample articles to " + Topics.ARTICLES.name()
                + (bad.count() > 0 ? " (" + bad.count() + " skipped)" : ""));
    }

    private void printAlerts(PrintWriter out, ShutdownSignal signal, String bootstrap, long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (exitAfterSeconds > 0 && (left.isNegative() || left.isZero())) {
            return;
        }
        TailLimits limits = new TailLimits(maxAlerts, Duration.ZERO, exitAfterSeconds > 0 ? left : Duration.ZERO);
        AlertFormatter formatter = new AlertFormatter();
        try (AlertTail tail = new AlertTail(bootstrap, Optional.empty(), true)) {
            signal.onRequest(tail::wakeup);
            tail.run(alert -> say(out, formatter.format(alert)), limits);
        }
    }

    private static void say(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
