package org.crosscheck.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crosscheck.broker.BrokerSettings;
import org.crosscheck.broker.EmbeddedKafkaBroker;

import picocli.CommandLine.Option;

/**
 * Where and how {@code demo} and {@code run} start their in-JVM broker. One data directory serves both,
 * so topics, alerts and the Streams state of one survive into the next run.
 */
final class EmbeddedBrokerOptions {

    static final String DEFAULT_DATA_DIR = "data/demo";
    /** Under the data directory, beside the broker's own {@value EmbeddedKafkaBroker#LOG_DIR_NAME}. */
    static final String STATE_DIR_NAME = "streams-state";

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = DEFAULT_DATA_DIR,
            description = "Data of the in-JVM Kafka broker and the pipeline's state; reused by the next run."
                    + " Default: ${DEFAULT-VALUE} in the current directory.")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "Client port of the in-JVM Kafka broker. Default: a free port (printed at start).")
    int port;

    Path dataDir() {
        return dataDir.toAbsolutePath().normalize();
    }

    Path stateDir() {
        return dataDir().resolve(STATE_DIR_NAME);
    }

    /** True when an earlier run formatted this directory, so its topics and records are there. */
    boolean hasEarlierData() {
        return Files.isRegularFile(dataDir().resolve(EmbeddedKafkaBroker.LOG_DIR_NAME).resolve("meta.properties"));
    }

    EmbeddedKafkaBroker start() {
        return EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir()).withPort(port));
    }
}
