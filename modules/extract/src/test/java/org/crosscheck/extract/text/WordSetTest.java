package org.crosscheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void tokensMadeAfterTheSetAreFoundByTheirWordId() {
        WordSet words = WordSet.of("trevalle", "mussock");
        String text = "Trevalle said the MUSSOCK count, not the mussocks.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        assertThat(tokens.get(0).wordId()).as("a word of the set is in the word table").isGreaterThanOrEqualTo(0);
        assertThat(tokens).filteredOn(words::contains).extracting(Token::text).containsExactly("Trevalle", "MUSSOCK");
    }

    @Test
    void tokensMadeBeforeTheSetExistedAreStillFound() {
        String text = "A plindor and a wessick, and a plindors.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        WordSet words = WordSet.of("plindor", "wessick");
        assertThat(tokens.get(1).wordId()).as("made before the set put its words in the table").isEqualTo(-1);
        assertThat(tokens).filteredOn(words::contains).extracting(Token::text).containsExactly("plindor", "wessick");
    }

    @Test
    void aWordKnownToOtherListsButNotToTheSetIsNoMember() {
        WordSet words = WordSet.of("skelmorth");
        WordSet.of("brandlewick");
        String text = "The brandlewick and the skelmorth.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        assertThat(tokens.get(1).wordId()).isGreaterThanOrEqualTo(0);
        assertThat(tokens).filteredOn(words::contains).extracting(Token::text).containsExactly("skelmorth");
    }
}
