package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.schema.JsonRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article the project started from: every one of its eight claims must come out as the
 * contract's example gives it (claimant, polarity, figure, victims, outcome, trend, subset, perpetrator,
 * place and period), in text order.
 */
class SeedArticleTest {

    private static List<CasualtyClaim> got;
    private static List<CasualtyClaim> want;

    @BeforeAll
    static void extract() throws IOException {
        Article article = JsonRecords.fromJson(resource("/seed/seed.article.jsonl").strip(), Article.class);
        got = ClaimExtractor.standard().extract(article);
        want = resource("/seed/seed.claims.jsonl").lines().filter(l -> !l.isBlank())
                .map(l -> JsonRecords.fromJson(l, CasualtyClaim.class)).toList();
    }

    @Test
    void givesExactlyTheEightClaimsInTextOrder() {
        assertThat(got).extracting(CasualtyClaim::getClaimId).containsExactlyElementsOf(want.stream().map(CasualtyClaim::getClaimId).toList());
    }

    @Test
    void eachClaimMatchesTheContractExample() {
        for (int i = 0; i < want.size(); i++) {
            CasualtyClaim w = want.get(i);
            CasualtyClaim g = got.get(i);
            String where = w.getClaimId() + " (" + w.getEvidence().getText() + ")";
            assertThat(g.getClaimant().getId()).as(where + " claimant").isEqualTo(w.getClaimant().getId());
            assertThat(g.getClaimant().getSpeaker()).as(where + " speaker").isEqualTo(w.getClaimant().getSpeaker());
            assertThat(g.getClaimant().getName()).as(where + " claimant name").isEqualTo(w.getClaimant().getName());
            assertThat(g.getPolarity()).as(where + " polarity").isEqualTo(w.getPolarity());
            assertThat(g.getCount().toString()).as(where + " count").isEqualTo(w.getCount().toString());
            assertThat(g.getCategory()).as(where + " category").isEqualTo(w.getCategory());
            assertThat(g.getOutcome()).as(where + " outcome").isEqualTo(w.getOutcome());
            assertThat(g.getTrend()).as(where + " trend").isEqualTo(w.getTrend());
            assertThat(g.getSubsetOf()).as(where + " subset_of").isEqualTo(w.getSubsetOf());
            assertThat(g.getPerpetrator()).as(where + " perpetrator").isEqualTo(w.getPerpetrator());
            assertThat(g.getLocation().getId()).as(where + " location").isEqualTo(w.getLocation().getId());
            assertThat(String.valueOf(g.getPeriod())).as(where + " period").isEqualTo(String.valueOf(w.getPeriod()));
        }
    }

    @Test
    void evidenceSpansPointIntoTheBody() throws IOException {
        Article article = JsonRecords.fromJson(resource("/seed/seed.article.jsonl").strip(), Article.class);
        for (CasualtyClaim c : got) {
            if (c.getEvidence().getStart() < 0) {
                assertThat(article.getTitle()).contains(c.getEvidence().getText());
            } else {
                assertThat(article.getBody().substring(c.getEvidence().getStart(), c.getEvidence().getEnd()))
                        .isEqualTo(c.getEvidence().getText());
            }
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedArticleTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
