package org.crosscheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.crosscheck.extract.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @BeforeAll
    static void loadTheWordLists() {
        Lexicon.standard(); // the word table is filled by the lists as they load
    }

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void wordsKeepTheMarksThatBelongToThem() {
        assertThat(texts("The U.S.-led coalition said 1,600 died, 30-40 in al-Raqqa; 3.5 km away."))
                .containsExactly("The", "U.S.-led", "coalition", "said", "1,600", "died", ",", "30-40", "in", "al-Raqqa", ";",
                        "3.5", "km", "away", ".");
    }

    @Test
    void aPossessiveIsItsOwnTokenAndACommaAfterAWordIsNotPartOfIt() {
        assertThat(texts("Syria's Mayadin, twenty-three dead")).containsExactly("Syria", "'s", "Mayadin", ",", "twenty-three", "dead");
        assertThat(texts("12,3456 and 1,234,567")).containsExactly("12", ",", "3456", "and", "1,234,567");
    }

    /**
     * The tokenizer reads plain ASCII words in one pass and the rest the general way; whichever way
     * a token was made, its hash, mask, id and kind must be what its lower-case text says.
     */
    @Test
    void everyTokenAgreesWithItsOwnText() {
        Random random = new Random(7);
        String alphabet = "aAsSzZ019.,-'\u2019\u2011 \u00e9\"(";
        String[] words = {"said", "Raqqa", "the", "killed", "civilians", "U.S.", "coalition's", "twenty-three", "1,600"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                if (random.nextInt(6) == 0) {
                    text.append(words[random.nextInt(words.length)]);
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String s = text.toString();
            int previousEnd = 0;
            for (Token t : Tokenizer.tokenize(s, 0, s.length())) {
                String lower = t.lower();
                assertThat(t.start()).as("tokens in order in '%s'", s).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = t.end();
                assertThat(t.lowerHash()).as("hash of %s in '%s'", t, s).isEqualTo(lower.hashCode());
                assertThat(t.mask() & ~(WordMasks.NUMBER | WordMasks.HYPHENATED)).as("mask of %s in '%s'", t, s)
                        .isEqualTo(WordMasks.of(lower));
                assertThat(t.mayStart(WordMasks.NUMBER)).as("number bit of %s", t).isEqualTo(t.kind() == Token.Kind.NUMBER);
                assertThat(t.mayStart(WordMasks.HYPHENATED)).as("hyphen bit of %s", t).isEqualTo(t.hyphenAt() > 0);
                assertThat(t.wordId()).as("id of %s in '%s'", t, s).isEqualTo(WordMasks.idOf(lower));
                assertThat(t.hyphenAt()).as("hyphen of %s in '%s'", t, s).isEqualTo(lower.indexOf('-'));
                assertThat(t.kind() == Token.Kind.NUMBER).as("kind of %s in '%s'", t, s)
                        .isEqualTo(Character.isDigit(t.text().charAt(0)));
                assertThat(t.is(lower)).isTrue();
            }
        }
    }
}
