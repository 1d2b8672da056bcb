package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code check} in-process: the real topology on the seed article. */
class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSeedHoldsExactlyOneContradictionATrendBetweenAmnestyAndTheCoalition() throws Exception {
        CommandRun run = CommandRun.of("check", "--input", CommandRun.resource("seed.article.jsonl"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<JsonNode> alerts = new ArrayList<>();
        for (String line : run.outLines()) {
            alerts.add(JSON.readTree(line)); // stdout holds JSON lines and nothing else
        }
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        assertThat(alert.get("kind").asText()).isEqualTo("TREND");
        assertThat(alert.get("status").asText()).isEqualTo("OPEN");
        assertThat(alert.get("claims")).extracting(c -> c.get("claimant").get("id").asText())
                .containsExactlyInAnyOrder("amnesty", "coalition");
        assertThat(alert.get("claims")).extracting(c -> c.get("claim_id").asText())
                .containsExactlyInAnyOrder("seed-mayadin-raqqa#4", "seed-mayadin-raqqa#7");
        assertThat(alert.get("alert_id").asText()).isNotBlank();
        assertThat(alert.get("summary").asText()).isNotBlank();
        assertThat(alert.get("event").get("region").asText()).isEqualTo("sy-raqqa");
    }

    @Test
    void aBrokenLineIsReportedAndTheRestStillChecked() {
        CommandRun run = CommandRun.of("check", "--input", CommandRun.resource("articles-with-bad-line.jsonl"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("line 2: ");
        assertThat(run.outLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{\"alert_id\":"));
    }
}
