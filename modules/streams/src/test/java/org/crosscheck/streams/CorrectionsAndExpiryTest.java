package org.crosscheck.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.internal.ArticleClaims;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.schema.kafka.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrected and withdrawn articles retract their claims through the topology; events expire from the store. */
class CorrectionsAndExpiryTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, CasualtyClaim> claims;
    private TestOutputTopic<String, ContradictionAlert> alerts;
    private TestOutputTopic<String, EventRecord> events;

    private void start(Properties extra) {
        Properties props = new Properties();
        props.setProperty(StreamsSettings.APPLICATION_ID, "crosscheck-corrections-test");
        props.setProperty(StreamsSettings.STATE_DIR, stateDir.toString());
        props.putAll(extra);
        Properties resolved = StreamsSettings.resolve(props);
        Properties streams = StreamsSettings.streamsProperties(resolved);
        driver = new TopologyTestDriver(CrosscheckTopology.topology(
                Pipeline.standard(StreamsSettings.reconcileSettings(resolved)), streams), streams);
        articles = DriverTopics.input(driver, Topics.ARTICLES);
        claims = DriverTopics.output(driver, Topics.CLAIMS);
        alerts = DriverTopics.output(driver, Topics.ALERTS);
        events = DriverTopics.output(driver, Topics.EVENTS);
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    private void send(Article a) {
        articles.pipeInput(a.getId(), a, a.getPublishedAt());
    }

    @Test
    void aCorrectedArticleRetractsTheClaimsItDropsAndTheAlertResolves() {
        start(new Properties());
        send(Articles.SOHR_RAQQA);
        send(Articles.COALITION_RAQQA);
        Article corrected = Articles.article(Articles.SOHR_RAQQA.getId(), "Levant Wire", "2017-06-18T09:00:00Z",
                "Coalition strikes hit Raqqa", "Coalition airstrikes hit Raqqa on Thursday, the Syrian Observatory said.");
        send(corrected);

        List<KeyValue<String, CasualtyClaim>> out = claims.readKeyValuesToList();
        assertThat(out).extracting(kv -> kv.key + " " + kv.value.getClaimId() + " " + kv.value.getRetracted())
                .containsExactly("sy-raqqa levant-wire-2017-06-16-raqqa#1 false",
                        "sy-raqqa gulf-ledger-2017-06-17-raqqa#1 false",
                        "sy-raqqa levant-wire-2017-06-16-raqqa#1 true");
        CasualtyClaim retraction = out.get(2).value;
        assertThat(retraction.getCount().getLow()).as("the retraction repeats the claim it retracts").isEqualTo(24L);

        assertThat(alerts.readValuesToList()).extracting(ContradictionAlert::getStatus)
                .containsExactly(AlertStatus.OPEN, AlertStatus.RESOLVED);
        KeyValueStore<String, ArticleClaims> store = driver.getKeyValueStore(CrosscheckTopology.ARTICLE_CLAIMS_STORE);
        assertThat(store.get(Articles.SOHR_RAQQA.getId())).as("the corrected version has no claims left").isNull();
        assertThat(store.get(Articles.COALITION_RAQQA.getId()).getClaims()).hasSize(1);
    }

    @Test
    void aTombstoneRetractsEveryClaimOfTheArticleInEveryRegionAndDeletesEmptiedEvents() {
        start(new Properties());
        send(Articles.MAYADIN_AND_RAQQA);
        claims.readKeyValuesToList();
        List<KeyValue<String, EventRecord>> created = events.readKeyValuesToList();
        assertThat(created).hasSize(2);

        articles.pipeInput(Articles.MAYADIN_AND_RAQQA.getId(), null, Instant.parse("2017-08-21T10:00:00Z"));

        assertThat(claims.readKeyValuesToList()).extracting(kv -> kv.key + " " + kv.value.getRetracted())
                .containsExactly("sy-deir-ez-zor true", "sy-raqqa true");
        List<KeyValue<String, EventRecord>> deleted = events.readKeyValuesToList();
        assertThat(deleted).extracting(kv -> kv.key)
                .containsExactlyInAnyOrderElementsOf(created.stream().map(kv -> kv.key).toList());
        assertThat(deleted).allSatisfy(kv -> assertThat(kv.value).as("a tombstone").isNull());
        KeyValueStore<String, EventState> store = driver.getKeyValueStore(CrosscheckTopology.EVENTS_STORE);
        try (var all = store.all()) {
            assertThat(all.hasNext()).isFalse();
        }
    }

    @Test
    void reSendingAnUnchangedArticleRetractsNothingAndRaisesNothingNew() {
        start(new Properties());
        send(Articles.SOHR_RAQQA);
        send(Articles.COALITION_RAQQA);
        send(Articles.SOHR_RAQQA);
        send(Articles.COALITION_RAQQA);
        assertThat(claims.readValuesToList()).noneMatch(CasualtyClaim::getRetracted);
        assertThat(alerts.readValuesToList()).hasSize(1);
    }

    @Test
    void claimsCarryTheirArticlesPublicationTime() {
        start(new Properties());
        articles.pipeInput(Articles.SOHR_RAQQA.getId(), Articles.SOHR_RAQQA, Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(claims.readRecordsToList()).singleElement()
                .satisfies(r -> assertThat(r.getRecordTime()).isEqualTo(Articles.SOHR_RAQQA.getPublishedAt()));
    }

    @Test
    void eventsExpireFromTheStoreOnceStreamTimePassesTheirTtlAndGrace() {
        Properties settings = new Properties();
        settings.setProperty(StreamsSettings.EVENT_TTL, "P10D");
        settings.setProperty(StreamsSettings.EVENT_GRACE, "P2D");
        start(settings);
        send(Articles.SOHR_RAQQA); // Raqqa, published 16 June
        KeyValueStore<String, EventState> store = driver.getKeyValueStore(CrosscheckTopology.EVENTS_STORE);
        KeyValueStore<String, ArticleClaims> articleStore = driver.getKeyValueStore(CrosscheckTopology.ARTICLE_CLAIMS_STORE);
        assertThat(count(store)).isEqualTo(1);

        // another region only: stream time moves on to 27 June, within TTL plus grace
        send(Articles.article("east-1", "East Desk", "2017-06-27T10:00:00Z", "Mayadin",
                "Local activists said an air raid killed 5 civilians in Mayadin on June 26."));
        assertThat(count(store)).isEqualTo(2);
        // 2 July: the Raqqa event is 16 days old, past 10 + 2; the sweep removes it, and its article entry
        send(Articles.article("east-2", "East Desk", "2017-07-02T10:00:00Z", "Mayadin",
                "Local activists said an air raid killed 6 civilians in Mayadin on July 1."));
        assertThat(store.get("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED")).isNull();
        assertThat(count(store)).isEqualTo(2);
        assertThat(articleStore.get(Articles.SOHR_RAQQA.getId())).isNull();
        assertThat(articleStore.get("east-1")).isNotNull();
    }

    private static long count(KeyValueStore<String, ?> store) {
        long n = 0;
        try (var all = store.all()) {
            while (all.hasNext()) {
                all.next();
                n++;
            }
        }
        return n;
    }
}
