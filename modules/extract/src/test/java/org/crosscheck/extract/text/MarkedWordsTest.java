package org.crosscheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkedWordsTest {

    private static List<Integer> found(MarkedWords words, List<Token> tokens) {
        List<Integer> at = new ArrayList<>();
        for (int i = words.nextCandidate(tokens, 0, 0, tokens.size()); i < tokens.size();
                i = words.nextCandidate(tokens, 0, i + 1, tokens.size())) {
            if (words.contains(tokens.get(i))) {
                at.add(i);
            }
        }
        return at;
    }

    @Test
    void tokensMadeAfterTheWordsAreFoundByTheirBit() {
        MarkedWords words = MarkedWords.of("zorblat", "quindle");
        String text = "The Zorblat report and the quindle count, then nothing.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        assertThat(found(words, tokens)).containsExactly(1, 5);
        assertThat(tokens.get(1).mayStart(words.bit())).isTrue();
        // only the marked words are candidates: the scan never stops at "The" or "report"
        assertThat(words.nextCandidate(tokens, 0, 0, tokens.size())).isEqualTo(1);
    }

    @Test
    void tokensMadeBeforeTheWordsWereMarkedAreStillFound() {
        String text = "A florbish and a glimmet.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        MarkedWords words = MarkedWords.of("florbish", "glimmet");
        assertThat(tokens.get(1).mayStart(words.bit())).as("made before the bit existed").isFalse();
        assertThat(found(words, tokens)).containsExactly(1, 4);
    }
}
