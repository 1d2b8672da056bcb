package org.crosscheck.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.kafka.streams.KafkaStreams;
import org.crosscheck.broker.EmbeddedKafkaBroker;
import org.crosscheck.streams.CrosscheckApp;
import org.crosscheck.streams.StreamsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The pipeline as a service: runs until Ctrl-C. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Runs the pipeline against a Kafka cluster (or a broker in this JVM) until Ctrl-C.",
        description = {
            "Runs the crosscheck Streams application (articles -> claims -> alerts) until Ctrl-C, creating"
                + " its topics when missing.",
            "Settings, later ones winning: defaults < --config FILE < CROSSCHECK_* environment variables"
                + " (CROSSCHECK_BOOTSTRAP_SERVERS sets bootstrap.servers) < --bootstrap-servers/--state-dir.",
            "When no bootstrap servers are set anywhere, it starts a Kafka broker in this JVM on --data-dir"
                + " (as demo does, without sample data).",
            "It serves the dashboard, /metrics (Prometheus), /health/live, /health/ready and /api/* over HTTP on"
                + " 127.0.0.1:8080 (crosscheck.http.host, crosscheck.http.port, --http-port) and prints its address."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl-C", ExitCodes.USAGE_LINE,
            "3:could not start, or the application stopped by itself"})
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    private static final Duration STATE_CHECK = Duration.ofSeconds(1);
    private static final Set<KafkaStreams.State> STOPPED = EnumSet.of(
            KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.NOT_RUNNING,
            KafkaStreams.State.PENDING_SHUTDOWN);

    @Mixin
    BootstrapOption bootstrap;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Java properties file of settings (Kafka Streams' and crosscheck.*).")
    Path config;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Directory of the local state stores. Default: <data-dir>/streams-state with the"
                    + " in-JVM broker, else state.dir from the settings.")
    Path stateDir;

    @Mixin
    EmbeddedBrokerOptions embedded;

    @Mixin
    HttpOptions http;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (http.httpPort != null && (http.httpPort < 0 || http.httpPort > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--http-port must be in 0..65535");
        }
        Properties flags = new Properties();
        bootstrap.explicit().ifPresent(b -> flags.setProperty(StreamsSettings.BOOTSTRAP_SERVERS, b));
        if (stateDir != null) {
            flags.setProperty(StreamsSettings.STATE_DIR, stateDir.toAbsolutePath().toString());
        }
        Properties settings = SettingsSources.merge(config, System.getenv(), flags);
        boolean embeddedBroker = !settings.containsKey(StreamsSettings.BOOTSTRAP_SERVERS);

        try (ShutdownSignal signal = ShutdownSignal.install("run")) {
            if (!embeddedBroker) {
                return runPipeline(out, signal, settings, http.httpPort);
            }
            out.println("No bootstrap servers configured: starting a Kafka broker in this JVM on " + embedded.dataDir());
            out.flush();
            try (EmbeddedKafkaBroker broker = embedded.start()) {
                out.println("kafka     " + broker.bootstrapServers());
                settings.setProperty(StreamsSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers());
                settings.putIfAbsent(StreamsSettings.STATE_DIR, embedded.stateDir().toString());
                return runPipeline(out, signal, settings, http.httpPort);
            }
        }
    }

    private static int runPipeline(PrintWriter out, ShutdownSignal signal, Properties settings, Integer httpPort)
            throws Exception {
        PipelineLauncher.Running running = PipelineLauncher.start(settings, httpPort, false, uri -> {
            out.println("dashboard: " + uri);
            out.flush();
        });
        try (running) {
            Properties resolved = running.app().settings();
            out.println("crosscheck running: kafka " + resolved.getProperty(StreamsSettings.BOOTSTRAP_SERVERS)
                    + ", application " + resolved.getProperty(StreamsSettings.APPLICATION_ID)
                    + ", state " + resolved.getProperty(StreamsSettings.STATE_DIR) + ". Ctrl-C to stop.");
            out.flush();
            return waitForStop(signal, running.app());
        } finally {
            out.println("stopped.");
            out.flush();
        }
    }

    /** Until Ctrl-C; returns FAILURE instead if the application stops by itself (it then serves nothing). */
    private static int waitForStop(ShutdownSignal signal, CrosscheckApp app) throws InterruptedException {
        while (!signal.await(STATE_CHECK)) {
            KafkaStreams.State state = app.state();
            if (STOPPED.contains(state)) {
                LOG.error("crosscheck streams stopped by itself ({}); exiting", state);
                return ExitCodes.FAILURE;
            }
        }
        return ExitCodes.OK;
    }
}
