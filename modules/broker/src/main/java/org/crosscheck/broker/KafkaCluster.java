package org.crosscheck.broker;

/**
 * A running Kafka cluster that tests talk to, as handed out by {@link KafkaClusterExtension}.
 * Its lifecycle belongs to the extension: tests must not stop it.
 */
public interface KafkaCluster {

    String KIND_EMBEDDED = "embedded";
    String KIND_CONTAINER = "container";

    /** {@code host:port[,host:port...]} for the clients' {@code bootstrap.servers}. */
    String bootstrapServers();

    /** {@value #KIND_EMBEDDED} (an {@link EmbeddedKafkaBroker} in this JVM) or {@value #KIND_CONTAINER} (Testcontainers). */
    String kind();
}
