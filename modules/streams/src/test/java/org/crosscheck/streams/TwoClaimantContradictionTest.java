package org.crosscheck.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.schema.kafka.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two outlets, two claimants, one incident, two figures: one NUMERIC alert. */
class TwoClaimantContradictionTest {

    @TempDir
    Path stateDir;

    @Test
    void sohrAndTheCoalitionDisagreeOnOneRaqqaStrike() {
        Properties props = new Properties();
        props.setProperty(StreamsSettings.APPLICATION_ID, "crosscheck-contradiction-test");
        props.setProperty(StreamsSettings.STATE_DIR, stateDir.toString());
        Properties streamsProperties = StreamsSettings.streamsProperties(StreamsSettings.resolve(props));
        try (TopologyTestDriver driver = new TopologyTestDriver(
                CrosscheckTopology.topology(Pipeline.standard(ReconcileSettings.DEFAULTS), streamsProperties),
                streamsProperties)) {
            TestInputTopic<String, Article> articles = DriverTopics.input(driver, Topics.ARTICLES);
            TestOutputTopic<String, ContradictionAlert> alerts = DriverTopics.output(driver, Topics.ALERTS);
            TestOutputTopic<String, EventRecord> events = DriverTopics.output(driver, Topics.EVENTS);

            for (Article a : List.of(Articles.SOHR_RAQQA, Articles.COALITION_RAQQA)) {
                articles.pipeInput(a.getId(), a, a.getPublishedAt());
            }

            List<KeyValue<String, ContradictionAlert>> out = alerts.readKeyValuesToList();
            assertThat(out).hasSize(1);
            ContradictionAlert alert = out.get(0).value;
            assertThat(out.get(0).key).isEqualTo(alert.getAlertId());
            assertThat(alert.getKind()).isEqualTo(AlertKind.NUMERIC);
            assertThat(alert.getStatus()).isEqualTo(AlertStatus.OPEN);
            assertThat(alert.getEvent().getRegion()).isEqualTo("sy-raqqa");
            assertThat(alert.getClaims()).extracting(c -> c.getClaimant().getId())
                    .containsExactlyInAnyOrder("sohr", "coalition");
            assertThat(alert.getClaims()).extracting(c -> c.getCount().getLow()).containsExactlyInAnyOrder(24L, 3L);

            // the event that holds both claims is stored under its region prefix and published
            List<KeyValue<String, EventRecord>> changed = events.readKeyValuesToList();
            assertThat(changed).isNotEmpty().allSatisfy(kv -> assertThat(kv.key).startsWith("sy-raqqa/"));
            EventRecord record = changed.get(changed.size() - 1).value;
            assertThat(record.getEventId()).isEqualTo(alert.getEvent().getId());
            assertThat(record.getFigures()).extracting(f -> f.getClaimant().getId()).containsExactly("sohr", "coalition");
            assertThat(record.getOpenAlerts()).containsExactly(alert.getAlertId());
            KeyValueStore<String, EventState> store = driver.getKeyValueStore(CrosscheckTopology.EVENTS_STORE);
            EventState stored = store.get(alert.getEvent().getId());
            assertThat(stored).isNotNull();
            assertThat(stored.getClaims()).hasSize(2);
        }
    }
}
