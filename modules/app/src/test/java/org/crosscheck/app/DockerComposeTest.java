package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.crosscheck.ops.OpsMetrics;
import org.crosscheck.ops.OpsSettings;
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
 * one the app has, the topic names are the registry's, and Prometheus scrapes the app's /metrics on
 * the port and interface the app serves it on.
 */
class DockerComposeTest {

    private static Map<String, Object> kafka;
    private static Map<String, Object> app;
    private static Map<String, Object> prometheus;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        Path compose = Path.of("../../docker-compose.yml");
        try (Reader r = Files.newBufferedReader(compose)) {
            Map<String, Object> root = new Yaml().load(r);
            Map<String, Object> services = (Map<String, Object>) root.get("services");
            kafka = (Map<String, Object>) services.get("kafka");
            app = (Map<String, Object>) services.get("crosscheck");
            prometheus = (Map<String, Object>) services.get("prometheus");
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
            boolean known = StreamsSettings.names().contains(setting) || OpsSettings.names().contains(setting)
                    || StreamsConfig.configDef().names().contains(setting);
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
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheAppsMetricsWhereTheAppServesThem() throws IOException {
        assertThat(prometheus).as("a prometheus service").isNotNull();
        assertThat((String) prometheus.get("image")).startsWith("prom/prometheus:");
        Map<String, String> mounts = mounts(prometheus);
        Path config = Path.of("../..").resolve(mounts.get("/etc/prometheus/prometheus.yml"));
        Map<String, Object> scrape;
        try (Reader r = Files.newBufferedReader(config)) {
            scrape = new Yaml().load(r);
        }
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) scrape.get("scrape_configs");
        Map<String, Object> job = jobs.stream().filter(j -> "crosscheck".equals(j.get("job_name"))).findFirst().orElseThrow();
        assertThat(job.get("metrics_path")).isEqualTo(OpsSettings.METRICS_PATH);
        List<String> targets = (List<String>) ((List<Map<String, Object>>) job.get("static_configs")).get(0).get("targets");

        // the app serves on the port it is given, on every interface of its container (loopback would not do)
        String port = env(app).getOrDefault(StreamsSettings.envName(OpsSettings.HTTP_PORT),
                Integer.toString(OpsSettings.HTTP_PORT_DEFAULT));
        assertThat(targets).containsExactly("crosscheck:" + port);
        assertThat(env(app).get(StreamsSettings.envName(OpsSettings.HTTP_HOST))).isEqualTo("0.0.0.0");

        // every rule file it loads is mounted, and the lag rule uses the metric the app exports
        for (String ruleFile : (List<String>) scrape.get("rule_files")) {
            assertThat(mounts).as(ruleFile + " is mounted").containsKey(ruleFile);
            String rules = Files.readString(Path.of("../..").resolve(mounts.get(ruleFile)));
            assertThat(rules).contains(OpsMetrics.LAG_SECONDS.replace('.', '_'));
        }
    }

    /** A service's bind mounts: container path -> host path (relative to the compose file). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> mounts(Map<String, Object> service) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String volume : (List<String>) service.get("volumes")) {
            String[] parts = volume.split(":");
            if (parts[0].startsWith("./")) {
                out.put(parts[1], parts[0]);
            }
        }
        return out;
    }

    @Test
    void theImageRunsTheJarTheBuildMakes() throws IOException {
        String dockerfile = Files.readString(Path.of("../../Dockerfile"));
        assertThat(dockerfile).contains("modules/app/target/crosscheck.jar").contains("modules/app/target/lib");
    }
}
