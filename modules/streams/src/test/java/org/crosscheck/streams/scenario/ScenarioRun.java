package org.crosscheck.streams.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.crosscheck.streams.DriverTopics;
import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.extract.ClaimExtractor;
import org.crosscheck.reconcile.ReconcileSettings;
import org.crosscheck.reconcile.Reconciler;
import org.crosscheck.reconcile.RegionRouter;
import org.crosscheck.schema.kafka.Topics;
import org.crosscheck.streams.CrosscheckTopology;
import org.crosscheck.streams.Pipeline;
import org.crosscheck.streams.StreamsSettings;

/**
 * A scenario run through the real topology (TopologyTestDriver, the real extractor) and scored: each
 * alert raised (its final state, one per alert id) is matched to one expected alert of the same kind
 * and claimant pair. Matched with the expected final status: a true positive. Unmatched, or with
 * another status: a false positive (an alert an analyst would have seen for nothing, or in the wrong
 * state). An expected alert not matched by a correct one: a false negative.
 */
final class ScenarioRun {

    private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();
    private static final Map<ReconcileSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

    final Scenario scenario;
    /** Every alert state emitted, in order. */
    final List<ContradictionAlert> emitted = new ArrayList<>();
    /** The final state of each alert id. */
    final Map<String, ContradictionAlert> alerts = new LinkedHashMap<>();
    /** Every claim written to the claims topic, retractions included, as "region claim". */
    final List<String> claims = new ArrayList<>();
    final List<String> truePositives = new ArrayList<>();
    final List<String> falsePositives = new ArrayList<>();
    final List<String> falseNegatives = new ArrayList<>();
    final List<String> forbiddenRaised = new ArrayList<>();

    private ScenarioRun(Scenario scenario) {
        this.scenario = scenario;
    }

    static ScenarioRun run(Scenario scenario, Path stateDir) {
        ScenarioRun run = new ScenarioRun(scenario);
        run.execute(stateDir);
        run.score();
        return run;
    }

    private void execute(Path stateDir) {
        Properties props = new Properties();
        props.setProperty(StreamsSettings.APPLICATION_ID, "scenario-" + scenario.name());
        props.setProperty(StreamsSettings.STATE_DIR, stateDir.toString());
        props.putAll(scenario.settings());
        Properties resolved = StreamsSettings.resolve(props);
        ReconcileSettings settings = StreamsSettings.reconcileSettings(resolved);
        Pipeline pipeline = PIPELINES.computeIfAbsent(settings, s -> new Pipeline(EXTRACTOR,
                new RegionRouter(EXTRACTOR.gazetteer()), new Reconciler(EXTRACTOR.gazetteer(), s)));
        Properties streams = StreamsSettings.streamsProperties(resolved);
        try (TopologyTestDriver driver = new TopologyTestDriver(CrosscheckTopology.topology(pipeline, streams), streams)) {
            TestInputTopic<String, Article> articles = DriverTopics.input(driver, Topics.ARTICLES);
            TestOutputTopic<String, ContradictionAlert> out = DriverTopics.output(driver, Topics.ALERTS);
            TestOutputTopic<String, CasualtyClaim> claimsOut = DriverTopics.output(driver, Topics.CLAIMS);
            for (Scenario.Input input : scenario.articles()) {
                articles.pipeInput(input.id(), input.article(), input.publishedAt());
            }
            for (KeyValue<String, CasualtyClaim> kv : claimsOut.readKeyValuesToList()) {
                claims.add(kv.key + " " + describe(kv.value));
            }
            for (ContradictionAlert a : out.readValuesToList()) {
                emitted.add(a);
                alerts.put(a.getAlertId(), a);
            }
        } finally {
            deleteQuietly(stateDir);
        }
    }

    private void score() {
        List<Scenario.Expected> open = new ArrayList<>(scenario.expect());
        for (ContradictionAlert a : alerts.values()) {
            String kind = a.getKind().name();
            List<String> pair = pair(a);
            String status = a.getStatus().name();
            String label = kind + " " + String.join("|", pair) + " " + status;
            Scenario.Expected match = open.stream()
                    .filter(e -> e.kind().equals(kind) && e.claimants().equals(pair) && e.matchesStatus(status))
                    .findFirst()
                    .orElse(open.stream().filter(e -> e.kind().equals(kind) && e.claimants().equals(pair))
                            .findFirst().orElse(null));
            if (match != null && match.matchesStatus(status)) {
                truePositives.add(label);
                open.remove(match);
            } else {
                falsePositives.add(label + (match != null ? " (expected " + match.status() + ")" : ""));
            }
            for (Scenario.Forbidden f : scenario.forbid()) {
                if (f.claimants().equals(pair) && (f.kind() == null || f.kind().equals(kind))) {
                    forbiddenRaised.add(label);
                }
            }
        }
        open.forEach(e -> falseNegatives.add(e.toString()));
    }

    boolean passed() {
        return falsePositives.isEmpty() && falseNegatives.isEmpty() && forbiddenRaised.isEmpty();
    }

    /** The two claimants of an alert: outlets speaking for themselves as "outlet:<name>". */
    static List<String> pair(ContradictionAlert a) {
        TreeSet<String> ids = new TreeSet<>();
        for (CasualtyClaim c : a.getClaims()) {
            ids.add(key(c));
        }
        return List.copyOf(ids);
    }

    static String key(CasualtyClaim c) {
        return c.getClaimant().getId().equals("outlet") ? "outlet:" + c.getClaimant().getName() : c.getClaimant().getId();
    }

    static String describe(CasualtyClaim c) {
        return (c.getRetracted() ? "RETRACTED " : "") + c.getClaimId() + " " + key(c) + " " + c.getPolarity() + " "
                + c.getCount().getLow() + ".." + c.getCount().getHigh() + " " + c.getCount().getQualifier() + " "
                + c.getCategory() + " " + c.getOutcome() + " @" + c.getLocation().getId() + " "
                + (c.getPeriod() == null ? "no-period" : c.getPeriod().getStart() + ".." + c.getPeriod().getEnd())
                + (c.getTrend() == null ? "" : " trend=" + c.getTrend())
                + " by=" + c.getPerpetrator();
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
