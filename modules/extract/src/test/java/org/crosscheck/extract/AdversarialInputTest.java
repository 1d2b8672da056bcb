package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crosscheck.avro.Article;
import org.crosscheck.avro.CasualtyClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 1 MB body built to hurt pattern matchers: endless number words, qualifiers, open quotes, hyphen
 * and comma runs, no sentence end. The guard is generous (30 s) and only catches exponential
 * blow-up; speed is measured by the JMH benchmark, not here.
 */
class AdversarialInputTest {

    @Test
    @Timeout(30)
    void finishesOnAMegabyteOfHostileText() {
        StringBuilder b = new StringBuilder(1 << 20);
        String[] pieces = {"at least ", "more than ", "one hundred and ", "twenty-", "1,000,000,", "-", "\"", "between 1 and ",
            "of whom ", "no civilians ", "only target ", "the the the ", "Raqqa ", "said ", "surge of civilian ", "--", ",,,,"};
        int i = 0;
        while (b.length() < 1_000_000) {
            b.append(pieces[i++ % pieces.length]);
        }
        Article a = Article.newBuilder().setId("hostile").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                .setTitle("x").setBody(b.toString()).build();
        List<CasualtyClaim> claims = ClaimExtractor.standard().extract(a);
        assertThat(claims).isNotNull();
    }

    /**
     * A megabyte of one endless sentence dense with what the rules look for: figures of victims with their
     * outcome, parts of them, places, monitors that speak, later references, asides set off by commas. Rules that
     * look across the sentence once per figure or per verb made this cubic (a tenth of it took 52 s); the guard
     * catches any of them coming back. The sentence splitter cuts such a "sentence" into pieces (see
     * SentenceSplitterTest), and the title is cut too.
     */
    @Test
    @Timeout(30)
    void finishesOnAMegabyteOfFiguresInOneSentence() {
        String[] pieces = {"12 civilians, ", "7 children ", "and 40 fighters were killed ", "in Raqqa, ", "the monitor said, ", "of whom ",
            "including ", "at least 12 people were killed and 40 wounded in the town, ", "reached by phone, ", "the Observatory said; ",
            "Mosul, Aleppo and Idlib, ", "according to al-Hassan, ", "who ", "the group's count "};
        StringBuilder b = new StringBuilder(1 << 20);
        for (int i = 0; b.length() < 1_000_000; i++) {
            b.append(pieces[i % pieces.length]);
        }
        Article a = Article.newBuilder().setId("dense").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                .setTitle(b.substring(0, 100_000)).setBody(b.toString()).build();
        assertThat(ClaimExtractor.standard().extract(a)).isNotEmpty();
    }

    /**
     * A megabyte of short sentences in one paragraph, each a claim with no time and no speaker: the answer of an
     * interview, the speaker's label and the last time given were each looked for back over the paragraph or the
     * article from every claim, which took 32 s here (and 44 s with "A civilian was killed"); each is now worked out
     * once. The guard catches any of them coming back.
     */
    @Test
    @Timeout(30)
    void finishesOnAMegabyteOfShortClaimsInOneParagraph() {
        String body = "Two civilians were killed in Raqqa. A civilian was killed in Mosul. ".repeat(15_000);
        Article a = Article.newBuilder().setId("paragraph").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                .setTitle("x").setBody(body).build();
        assertThat(ClaimExtractor.standard().extract(a)).hasSizeGreaterThan(20_000);
    }

    /**
     * A statement printed whole and a megabyte of its paragraphs: where the statement stops was looked for back to its
     * opening from every claim (23 s here, growing with the square of the length); it is now found once.
     */
    @Test
    @Timeout(30)
    void finishesOnAMegabyteOfAStatementPrintedWhole() {
        String body = "The coalition issued the following strike release on Monday.\n\n"
                + "Near Raqqa, a strike killed 12 ISIS fighters.\n\n".repeat(21_000);
        Article a = Article.newBuilder().setId("release").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                .setTitle("x").setBody(body).build();
        assertThat(ClaimExtractor.standard().extract(a)).hasSizeGreaterThan(20_000)
                .allSatisfy(c -> assertThat(c.getClaimant().getId()).isEqualTo("coalition"));
    }

    @Test
    @Timeout(30)
    void finishesOnAMegabyteOfOneLongWord() {
        String body = "a".repeat(500_000) + "-" + "1".repeat(499_999);
        Article a = Article.newBuilder().setId("long").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                .setTitle("x").setBody(body).build();
        assertThat(ClaimExtractor.standard().extract(a)).isEmpty();
    }

    /**
     * Feeds cut-short text, as a truncated feed or a careless paste gives it: every prefix, at every
     * word, of sentences that exercise the rules reading ahead of where they stand ("of its own",
     * "of the dead were", "from", "between", "Of the 12,", a list item, a quoted figure). A rule that
     * looks one word past the end throws here; the sentences come first whole, in a short article.
     */
    @Test
    void readsEveryPrefixOfSentencesCutShort() {
        String[] sentences = {
            "The group said it had lost 12 of its own in the clashes near Hajin on Monday.",
            "The Observatory said 19 of the dead were children and that 40 were wounded between March 1 and March 15.",
            "Of the 12, two were killed in a strike near Tabqa on April 9, and three in a strike in Raqqa on May 22.",
            "The coalition found no credible reports of civilian casualties from its strikes from June to August.",
            "\"Not one person in Douma was killed by gas,\" said Col. Nabil Hashem, a spokesman for the Joint Operations Command.",
            "Coalition strikes had killed \"well over 1,000\" militants, of whom 700 were still missing, since the offensive began.",
            "In May, after an investigation, the coalition said its own assessment was that 105 civilians had been killed by the strike.",
            "19 soldiers and allied militiamen and 14 rebel fighters had been killed in the first ten days of August last year.",
        };
        ClaimExtractor extractor = ClaimExtractor.standard();
        for (String sentence : sentences) {
            String lead = "Coalition jets struck Raqqa on Monday, killing 12 civilians, residents said. ";
            for (int end = sentence.indexOf(' '); end > 0; end = sentence.indexOf(' ', end + 1)) {
                String body = lead + sentence.substring(0, end);
                Article a = Article.newBuilder().setId("cut").setOutlet("Test").setPublishedAt(Instant.parse("2017-08-24T00:00:00Z"))
                        .setTitle(sentence.substring(0, end)).setBody(body).build();
                assertThat(extractor.extract(a)).as(body).isNotNull();
            }
        }
    }
}
