package org.crosscheck.app;

import java.util.Optional;

import org.crosscheck.streams.StreamsSettings;

import picocli.CommandLine.Option;

/**
 * {@code --bootstrap-servers}, shared by every command that talks to a cluster. Without the option the
 * environment's {@code CROSSCHECK_BOOTSTRAP_SERVERS} is used (the same variable {@code run} reads through
 * {@link StreamsSettings#fromEnvironment}), then {@value StreamsSettings#BOOTSTRAP_SERVERS_DEFAULT}.
 */
final class BootstrapOption {

    static final String ENV = StreamsSettings.envName(StreamsSettings.BOOTSTRAP_SERVERS);

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers to connect to. Default: $CROSSCHECK_BOOTSTRAP_SERVERS, else "
                    + StreamsSettings.BOOTSTRAP_SERVERS_DEFAULT + " (for run: else a broker started in this JVM).")
    String bootstrapServers;

    /** Only what the user gave on the command line; {@code run} and {@code demo} start a broker otherwise. */
    Optional<String> explicit() {
        return Optional.ofNullable(bootstrapServers).filter(s -> !s.isBlank());
    }

    /** The option, else the environment variable, else the default. */
    String resolve() {
        return explicit()
                .or(() -> Optional.ofNullable(System.getenv(ENV)).filter(s -> !s.isBlank()))
                .orElse(StreamsSettings.BOOTSTRAP_SERVERS_DEFAULT);
    }
}
