package org.crosscheck.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.schema.kafka.Topics;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void aFileValueWinsOverTheDefault() throws Exception {
        Properties file = new Properties();
        file.load(new StringReader("""
                commit.interval.ms=2500
                crosscheck.reconcile.tolerance=0.25
                application.id=crosscheck-eu
                """));

        Properties resolved = StreamsSettings.resolve(file);

        assertThat(resolved.getProperty(StreamsSettings.COMMIT_INTERVAL_MS)).isEqualTo("2500");
        assertThat(resolved.getProperty(StreamsSettings.APPLICATION_ID)).isEqualTo("crosscheck-eu");
        assertThat(StreamsSettings.reconcileSettings(resolved).tolerance()).isEqualTo(0.25);
        assertThat(file).hasSize(3).as("the input is not modified");
    }

    @Test
    void reconcileSettingsComeFromTheirSettings() {
        Properties p = new Properties();
        p.setProperty(StreamsSettings.EVENT_TTL, "P30D");
        p.setProperty(StreamsSettings.EVENT_GRACE, "PT0S");
        p.setProperty(StreamsSettings.RESTATEMENT_GAP, "P5D");
        p.setProperty(StreamsSettings.RECONCILE_TOLERANCE, "0.05");

        ReconcileSettings r = StreamsSettings.reconcileSettings(StreamsSettings.resolve(p));

        assertThat(r).isEqualTo(new ReconcileSettings(0.05, Duration.ofDays(30), Duration.ZERO, Duration.ofDays(5)));
    }

    @Test
    void defaultsArePresent() {
        Properties resolved = StreamsSettings.resolve(new Properties());

        assertThat(resolved.getProperty(StreamsSettings.BOOTSTRAP_SERVERS)).isEqualTo("localhost:9092");
        assertThat(resolved.getProperty(StreamsSettings.APPLICATION_ID)).isEqualTo("crosscheck");
        assertThat(resolved.getProperty(StreamsSettings.PROCESSING_GUARANTEE)).isEqualTo("exactly_once_v2");
        assertThat(resolved.getProperty(StreamsSettings.COMMIT_INTERVAL_MS)).isEqualTo("100");
        assertThat(resolved.getProperty(StreamsSettings.STATE_DIR)).isNotBlank();
        assertThat(resolved.getProperty(StreamsSettings.REPLICATION_FACTOR)).isEqualTo("1");
        assertThat(resolved.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG))
                .isEqualTo(Topics.ARTICLES_DLQ.name()).isEqualTo("crosscheck.articles.dlq.v1");
        assertThat(resolved.getProperty(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(LogAndContinueExceptionHandler.class.getName());
        assertThat(resolved.getProperty(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(LogAndContinueProcessingExceptionHandler.class.getName());
        assertThat(StreamsSettings.reconcileSettings(resolved)).isEqualTo(ReconcileSettings.DEFAULTS);
        assertThat(StreamsSettings.reconcileSettings(resolved).eventTtl()).isEqualTo(Duration.ofDays(180));
        assertThat(StreamsSettings.createTopics(resolved)).isTrue();
        assertThat(StreamsSettings.replicationFactor(resolved)).contains((short) 1);
        assertThat(StreamsSettings.names()).allSatisfy(name -> assertThat(resolved).containsKey(name));
    }

    @Test
    void streamsAcceptsTheResolvedSettingsAndNeverSeesCrosscheckOnes() {
        Properties streams = StreamsSettings.streamsProperties(StreamsSettings.resolve(new Properties()));

        assertThat(streams.stringPropertyNames()).noneMatch(n -> n.startsWith(StreamsSettings.CROSSCHECK_PREFIX));
        StreamsConfig config = new StreamsConfig(streams);
        assertThat(config.getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(config.deserializationExceptionHandler()).isInstanceOf(LogAndContinueExceptionHandler.class);
        assertThat(config.processingExceptionHandler()).isInstanceOf(LogAndContinueProcessingExceptionHandler.class);
        assertThat(StreamsSettings.adminProperties(StreamsSettings.resolve(new Properties())))
                .containsOnlyKeys(StreamsSettings.BOOTSTRAP_SERVERS);
    }

    @Test
    void environmentVariablesMapToSettings() {
        Map<String, String> env = Map.of(
                "CROSSCHECK_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
                "CROSSCHECK_COMMIT_INTERVAL_MS", "1000",
                "CROSSCHECK_CROSSCHECK_RECONCILE_TOLERANCE", "0.2",
                "PATH", "/usr/bin",
                "CROSSCHECK_", "ignored");

        Properties fromEnv = StreamsSettings.fromEnvironment(env);

        assertThat(fromEnv).containsOnly(
                Map.entry("bootstrap.servers", "kafka-1:9092,kafka-2:9092"),
                Map.entry("commit.interval.ms", "1000"),
                Map.entry("crosscheck.reconcile.tolerance", "0.2"));
        Properties resolved = StreamsSettings.resolve(fromEnv);
        assertThat(resolved.getProperty(StreamsSettings.BOOTSTRAP_SERVERS)).isEqualTo("kafka-1:9092,kafka-2:9092");
        assertThat(StreamsSettings.reconcileSettings(resolved).tolerance()).isEqualTo(0.2);
        assertThat(StreamsSettings.envName(StreamsSettings.BOOTSTRAP_SERVERS)).isEqualTo("CROSSCHECK_BOOTSTRAP_SERVERS");
        assertThat(StreamsSettings.settingName(StreamsSettings.envName(StreamsSettings.EVENT_TTL)))
                .isEqualTo(StreamsSettings.EVENT_TTL);
    }

    @Test
    void anInvalidValueIsRefusedByName() {
        Properties bad = new Properties();
        bad.setProperty(StreamsSettings.RECONCILE_TOLERANCE, "1.5");
        assertThatThrownBy(() -> StreamsSettings.resolve(bad))
                .isInstanceOf(ConfigException.class).hasMessageContaining(StreamsSettings.RECONCILE_TOLERANCE);

        Properties badGrace = new Properties();
        badGrace.setProperty(StreamsSettings.EVENT_GRACE, "-P1D");
        assertThatThrownBy(() -> StreamsSettings.resolve(badGrace))
                .isInstanceOf(ConfigException.class).hasMessageContaining(StreamsSettings.EVENT_GRACE);

        Properties badTtl = new Properties();
        badTtl.setProperty(StreamsSettings.EVENT_TTL, "180 days");
        assertThatThrownBy(() -> StreamsSettings.resolve(badTtl))
                .isInstanceOf(ConfigException.class).hasMessageContaining(StreamsSettings.EVENT_TTL);
    }
}
