package org.crosscheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(Set.of("Maj.", "U.S."));

    @Test
    void splitsAtSentenceEndsButNotAfterAbbreviations() {
        List<Sentence> sentences = splitter.split("Maj. Ali Hassan said 12 were killed. U.S. officials agreed.\n\nA new paragraph.");
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
        assertThat(sentences.get(0).tokens()).extracting(Token::text).startsWith("Maj", ".", "Ali");
    }

    @Test
    void leavesSentencesOfOrdinaryLengthWhole() {
        String sentence = "word, ".repeat(150).trim() + ".";
        assertThat(splitter.split(sentence)).hasSize(1);
    }

    /** A "sentence" of thousands of words is cut into pieces of at most the cap, after a comma where there is one. */
    @Test
    void cutsAnEndlessSentenceIntoPiecesThatKeepEveryToken() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            text.append("one two three, ");
        }
        String body = text.toString().trim();
        List<Sentence> pieces = splitter.split(body);
        int tokens = Tokenizer.tokenize(body, 0, body.length()).size();
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).allSatisfy(p -> assertThat(p.tokens()).hasSizeLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_TOKENS));
        assertThat(pieces.stream().mapToInt(p -> p.tokens().size()).sum()).isEqualTo(tokens);
        // each piece but the last ends after a comma, and its span is its tokens'
        for (int i = 0; i + 1 < pieces.size(); i++) {
            Sentence p = pieces.get(i);
            assertThat(p.tokens().get(p.tokens().size() - 1).text()).isEqualTo(",");
            assertThat(p.start()).isEqualTo(p.tokens().get(0).start());
            assertThat(p.end()).isEqualTo(p.tokens().get(p.tokens().size() - 1).end());
        }
        // a headline is cut the same way
        assertThat(SentenceSplitter.asOneSentence(body)).hasSameSizeAs(pieces);
    }
}
