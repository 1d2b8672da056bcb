package org.crosscheck.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.BelligerentPosition;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.schema.JsonRecords;
import org.crosscheck.schema.kafka.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed article through the topology: one TREND alert, Amnesty against the coalition, and nothing else. */
class SeedTest {

    @TempDir
    Path stateDir;

    @Test
    void theSeedGivesExactlyOneTrendAlert() throws IOException {
        Article seed;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/seed/seed.article.jsonl"))) {
            seed = JsonRecords.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip(), Article.class);
        }
        Properties props = new Properties();
        props.setProperty(StreamsSettings.APPLICATION_ID, "crosscheck-seed-test");
        props.setProperty(StreamsSettings.STATE_DIR, stateDir.toString());
        Properties streams = StreamsSettings.streamsProperties(StreamsSettings.resolve(props));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                CrosscheckTopology.topology(Pipeline.standard(ReconcileSettings.DEFAULTS), streams), streams)) {
            TestInputTopic<String, Article> articles = DriverTopics.input(driver, Topics.ARTICLES);
            TestOutputTopic<String, ContradictionAlert> alerts = DriverTopics.output(driver, Topics.ALERTS);
            TestOutputTopic<String, EventRecord> events = DriverTopics.output(driver, Topics.EVENTS);
            articles.pipeInput(seed.getId(), seed, seed.getPublishedAt());

            List<ContradictionAlert> out = alerts.readValuesToList();
            assertThat(out).singleElement().satisfies(a -> {
                assertThat(a.getKind()).isEqualTo(AlertKind.TREND);
                assertThat(a.getStatus()).isEqualTo(AlertStatus.OPEN);
                assertThat(a.getClaims()).extracting(c -> c.getClaimant().getId()).containsExactly("amnesty", "coalition");
                assertThat(a.getSummary()).startsWith("Amnesty International reports that civilian deaths in Raqqa rose")
                        .contains("the US-led coalition (Townsend) disputes that civilian deaths in Raqqa rose");
            });
            EventRecord raqqa = events.readKeyValuesToList().stream().map(kv -> kv.value)
                    .filter(e -> e.getEventId().equals(out.get(0).getEvent().getId())).reduce((x, y) -> y).orElseThrow();
            assertThat(raqqa.getBelligerent()).isEqualTo("coalition");
            assertThat(raqqa.getBelligerentPosition()).isEqualTo(BelligerentPosition.DENIED);
            assertThat(raqqa.getConservativeEstimate()).isEqualTo(146L);
            assertThat(raqqa.getOpenAlerts()).containsExactly(out.get(0).getAlertId());
        }
    }
}
