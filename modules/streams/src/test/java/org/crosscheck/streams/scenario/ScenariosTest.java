package org.crosscheck.streams.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of src/test/resources/scenarios through the real topology: one test each (a scenario
 * marked with an {@code extractor_issue} is skipped there, and counted in the figures all the same),
 * and the precision and recall of alerts over all of them, written to target/scenario-report.txt with
 * each scenario's claims and alerts, and held to a floor.
 */
class ScenariosTest {

    /**
     * What was measured over the 77 scenarios (61 of 62 raised alerts right, 61 of 66 expected alerts
     * raised; every miss and the one false alarm come from extractor misreadings, see the report). Raise
     * them when the figures improve, never lower them.
     */
    static final double PRECISION_FLOOR = 61.0 / 62;
    static final double RECALL_FLOOR = 61.0 / 66;

    private static List<ScenarioRun> runs;

    static synchronized List<ScenarioRun> runs() throws IOException {
        if (runs == null) {
            Path state = Files.createTempDirectory("crosscheck-scenarios");
            List<ScenarioRun> out = new ArrayList<>();
            int n = 0;
            for (Scenario s : Scenario.all()) {
                out.add(ScenarioRun.run(s, state.resolve(String.valueOf(n++))));
            }
            runs = List.copyOf(out);
        }
        return runs;
    }

    @TestFactory
    Stream<DynamicTest> eachScenario() throws IOException {
        return runs().stream().map(run -> dynamicTest(run.scenario.file(), () -> {
            Assumptions.assumeTrue(run.scenario.extractorIssue() == null,
                    () -> "known extractor issue: " + run.scenario.extractorIssue());
            assertThat(run.forbiddenRaised).as("alerts that must not be raised\n%s", detail(run)).isEmpty();
            assertThat(run.falsePositives).as("unexpected alerts\n%s", detail(run)).isEmpty();
            assertThat(run.falseNegatives).as("missing alerts\n%s", detail(run)).isEmpty();
        }));
    }

    @Test
    void atLeastFortyScenarios() throws IOException {
        assertThat(runs()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void precisionAndRecallOfAlerts() throws IOException {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder report = new StringBuilder();
        List<String> failing = new ArrayList<>();
        for (ScenarioRun run : runs()) {
            tp += run.truePositives.size();
            fp += run.falsePositives.size();
            fn += run.falseNegatives.size();
            if (!run.passed()) {
                failing.add(run.scenario.file() + (run.scenario.extractorIssue() != null ? " (extractor)" : ""));
            }
            report.append(run.passed() ? "PASS " : "FAIL ").append(run.scenario.file()).append('\n')
                    .append(detail(run)).append('\n');
        }
        double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        String head = String.format(Locale.ROOT, "scenarios %d%nalerts expected %d%nalerts raised %d%n"
                        + "true positives %d%nfalse positives %d%nfalse negatives %d%nprecision %.3f%nrecall %.3f%n"
                        + "failing %d %s%n%n",
                runs().size(), tp + fn, tp + fp, tp, fp, fn, precision, recall, failing.size(), failing);
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("scenario-report.txt"), head + report, StandardCharsets.UTF_8);
        System.out.print(head);

        assertThat(precision).as("alert precision over the scenarios (see target/scenario-report.txt)")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as("alert recall over the scenarios (see target/scenario-report.txt)")
                .isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    static String detail(ScenarioRun run) {
        StringBuilder b = new StringBuilder();
        b.append("  ").append(run.scenario.description()).append('\n');
        if (run.scenario.extractorIssue() != null) {
            b.append("  extractor issue: ").append(run.scenario.extractorIssue()).append('\n');
        }
        run.claims.forEach(c -> b.append("  claim  ").append(c).append('\n'));
        run.emitted.forEach(a -> b.append("  alert  ").append(a.getKind()).append(' ').append(String.join("|", ScenarioRun.pair(a)))
                .append(' ').append(a.getStatus()).append(" sev ").append(a.getSeverity()).append(": ").append(a.getSummary()).append('\n'));
        run.truePositives.forEach(x -> b.append("  TP ").append(x).append('\n'));
        run.falsePositives.forEach(x -> b.append("  FP ").append(x).append('\n'));
        run.falseNegatives.forEach(x -> b.append("  FN ").append(x).append('\n'));
        run.forbiddenRaised.forEach(x -> b.append("  FORBIDDEN ").append(x).append('\n'));
        return b.toString();
    }
}
