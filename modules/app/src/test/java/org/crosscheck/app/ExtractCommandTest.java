package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code extract} in-process on the seed article, a broken line, and a second article. */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static CommandRun run;
    private static List<JsonNode> claims;

    @BeforeAll
    static void extract() throws Exception {
        run = CommandRun.of("extract", "--input", CommandRun.resource("articles-with-bad-line.jsonl"));
        claims = new ArrayList<>();
        for (String line : run.outLines()) {
            claims.add(JSON.readTree(line)); // fails the test if stdout holds anything but JSON
        }
    }

    @Test
    void reportsTheBrokenLineByNumberAndExitsWithOne() {
        assertThat(run.err()).contains("line 2: ");
        assertThat(run.err()).doesNotContain("line 1:", "line 3:");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void stillPrintsTheClaimsOfTheOtherLines() {
        assertThat(claims).extracting(c -> c.get("article_id").asText())
                .contains("seed-mayadin-raqqa", "demo-001")
                .doesNotContain("broken-1");
        // the seed holds eight claims, numbered in text order, the title first
        assertThat(claims).extracting(c -> c.get("claim_id").asText())
                .startsWith("seed-mayadin-raqqa#1", "seed-mayadin-raqqa#2", "seed-mayadin-raqqa#3",
                        "seed-mayadin-raqqa#4", "seed-mayadin-raqqa#5", "seed-mayadin-raqqa#6",
                        "seed-mayadin-raqqa#7", "seed-mayadin-raqqa#8")
                .contains("demo-001#1");
    }

    @Test
    void claimsHaveTheContractsFieldNamesInSchemaOrder() {
        List<String> contract = List.of("claim_id", "article_id", "outlet", "claimant", "polarity", "count", "category",
                "outcome", "location", "period", "trend", "subset_of", "perpetrator", "evidence");
        int echoes = 0;
        for (JsonNode claim : claims) {
            if (claim.has("echo_of")) {
                // added after v1: present only on a claim that repeats another of its article (a headline's)
                echoes++;
                assertThat(names(claim)).containsExactlyElementsOf(concat(contract, "echo_of"));
                assertThat(claim.get("echo_of").asText()).startsWith(claim.get("article_id").asText() + "#");
            } else {
                assertThat(names(claim)).containsExactlyElementsOf(contract);
            }
            assertThat(names(claim.get("claimant"))).containsExactly("id", "name", "speaker");
            assertThat(names(claim.get("count"))).containsExactly("low", "high", "qualifier");
            assertThat(names(claim.get("location"))).containsExactly("id", "name");
            assertThat(names(claim.get("evidence"))).containsExactly("text", "start", "end");
            if (!claim.get("period").isNull()) {
                assertThat(names(claim.get("period"))).containsExactly("start", "end");
            }
        }
        assertThat(echoes).as("the second article's headline repeats its body's figure").isPositive();
    }

    private static List<String> concat(List<String> names, String last) {
        List<String> all = new ArrayList<>(names);
        all.add(last);
        return all;
    }

    @Test
    void claimsUseTheContractsEnumValues() {
        for (JsonNode claim : claims) {
            assertThat(claim.get("polarity").asText()).isIn("ASSERTS", "DENIES", "DISPUTES");
            assertThat(claim.get("count").get("qualifier").asText())
                    .isIn("EXACT", "AT_LEAST", "AT_MOST", "APPROX", "RANGE", "NONE");
            assertThat(claim.get("category").asText()).isIn("CIVILIANS", "CHILDREN", "WOMEN", "COMBATANTS", "PEOPLE");
            assertThat(claim.get("outcome").asText()).isIn("KILLED", "INJURED", "MISSING", "DISPLACED", "TRAPPED");
            JsonNode trend = claim.get("trend");
            assertThat(trend.isNull() || Set.of("RISING", "FALLING").contains(trend.asText())).isTrue();
        }
    }

    @Test
    void theSeedsFirstClaimReadsAsTheContractShowsIt() {
        JsonNode first = claims.get(0);
        assertThat(first.get("claimant").get("id").asText()).isEqualTo("outlet");
        assertThat(first.get("claimant").get("name").asText()).isEqualTo("Seed Wire");
        assertThat(first.get("count").get("low").asLong()).isEqualTo(7);
        assertThat(first.get("count").get("high").asLong()).isEqualTo(7);
        assertThat(first.get("count").get("qualifier").asText()).isEqualTo("EXACT");
        assertThat(first.get("evidence").get("start").asInt()).isEqualTo(-1); // a title claim
    }

    @Test
    void aCleanInputExitsWithZero() {
        CommandRun clean = CommandRun.of("extract", "-i", CommandRun.resource("seed.article.jsonl"));

        assertThat(clean.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(clean.err()).doesNotContain("line ");
        assertThat(clean.outLines()).hasSize(8);
    }

    @Test
    void aMissingFileIsAFailureNotABadLine() {
        CommandRun missing = CommandRun.of("extract", "--input", "/no/such/articles.jsonl");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).contains("no such file: /no/such/articles.jsonl");
        assertThat(missing.out()).isEmpty();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
