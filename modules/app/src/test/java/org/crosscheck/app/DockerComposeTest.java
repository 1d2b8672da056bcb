package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.crosscheck.schema.kafka.Topics;
import org.crosscheck.streams.StreamsSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import picocli.CommandLine;

/**
 * There is no Docker engine to run docker-compose.yml here, so this keeps it honest: every
 * CROSSCHECK_* variable it sets names a real setting, the app reaches the broker on a listener the
 * broker advertises inside compose's network, the single node can run exactly_once_v2, the command is
 * one the app has, and the topic names are the registry's.
 */
class DockerComposeTest {

    private static Map<String, Object> kafka;
    private static Map<String, Object> app;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Path compose = Path.of("../../docker-compose.yml");
        try (Reader r = Files.newBufferedReader(compose)) {
            Map<String, Object> root = new Yaml().load(r);
            Map<String, Object> services = (Map<String, Object>) root.get("services");
            kafka = (Map<String, Object>) services.get("kafka");
            app = (Map<String, Object>) services.get("crosscheck");
        }
        assertThat(kafka).as("a kafka service").isNotNull();
        assertThat(app).as("a crosscheck service").isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Map<String, Object> service) {
        return (Map<String, String>) service.get("environment");
    }

    @Test
    void everyCrosscheckVariableNamesARealSetting() {
        Map<String, String> env = env(app);
        assertThat(env).isNotEmpty();
        for (String name : env.keySet()) {
            if (!name.startsWith(StreamsSettings.ENV_PREFIX)) {
                continue;
            }
            String setting = StreamsSettings.settingName(name);
            boolean known = StreamsSettings.names().contains(setting) || StreamsConfig.configDef().names().contains(setting);
            assertThat(known).as(name + " -> " + setting + " is a crosscheck or Kafka Streams setting").isTrue();
        }
    }

    @Test
    void theAppReachesTheBrokerOnAnAdvertisedListener() {
        String bootstrap = env(app).get(StreamsSettings.envName(StreamsSettings.BOOTSTRAP_SERVERS));
        assertThat(bootstrap).isNotBlank();
        assertThat(env(kafka).get("KAFKA_ADVERTISED_LISTENERS")).contains("//" + bootstrap);
    }

    @Test
    void theSingleNodeCanRunExactlyOnce() {
        Map<String, String> k = env(kafka);
        assertThat(k).containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
        assertThat(env(app).get(StreamsSettings.envName(StreamsSettings.PROCESSING_GUARANTEE))).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(env(app).get(StreamsSettings.envName(StreamsSettings.REPLICATION_FACTOR))).isEqualTo("1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppRunsACommandItHas() {
        List<String> command = (List<String>) app.get("command");
        assertThat(new CommandLine(new Main()).getSubcommands()).containsKey(command.get(0));
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("kafka");
    }

    @Test
    void topicNamesAreTheRegistrys() {
        assertThat(env(app).get(StreamsSettings.envName(StreamsSettings.DEAD_LETTER_QUEUE_TOPIC))).isEqualTo(Topics.ARTICLES_DLQ.name());
    }

    @Test
    void theImageRunsTheJarTheBuildMakes() throws IOException {
        String dockerfile = Files.readString(Path.of("../../Dockerfile"));
        assertThat(dockerfile).contains("modules/app/target/crosscheck.jar").contains("modules/app/target/lib");
    }
}
