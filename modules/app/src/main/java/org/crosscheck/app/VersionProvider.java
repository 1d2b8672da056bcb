package org.crosscheck.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the jar's Implementation-Version (written by the jar plugin), with the Kafka and Java
 * versions, which are what a bug report needs beside it.
 */
final class VersionProvider implements IVersionProvider {

    /** Where kafka-clients records its version (its AppInfoParser is internal since Kafka 4). */
    private static final String KAFKA_VERSION_RESOURCE = "/kafka/kafka-version.properties";

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "crosscheck " + (version == null ? "(development build)" : version),
            "Kafka " + kafkaVersion() + ", Java " + Runtime.version()
        };
    }

    private static String kafkaVersion() {
        try (InputStream in = org.apache.kafka.clients.producer.KafkaProducer.class
                .getResourceAsStream(KAFKA_VERSION_RESOURCE)) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                return props.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through: the version line is informative, not essential
        }
        return "unknown";
    }
}
