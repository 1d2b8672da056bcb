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

    private static List<Token.Kind> kinds(String text) {
        return Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::kind).toList();
    }

    /** British outlets quote in single marks, which are also apostrophes: only a mark where a quotation opens or closes is one. */
    @Test
    void singleQuotationMarksAreQuotesWhereTheyOpenOrClose() {
        Token.Kind w = Token.Kind.WORD;
        Token.Kind q = Token.Kind.QUOTE;
        Token.Kind p = Token.Kind.PUNCT;
        assertThat(kinds("'We ran out,' he said.")).containsExactly(q, w, w, w, p, q, w, w, p);
        assertThat(kinds("\u2018Nineteen died.\u2019")).containsExactly(q, w, w, p, q);
        // a plural's apostrophe before a lower-case word, inside a quotation and out
        assertThat(kinds("'The rebels' posts fell,' he said.")).containsExactly(q, w, w, p, w, w, p, q, w, w, p);
        assertThat(kinds("The rebels' posts fell.")).containsExactly(w, w, p, w, w, p);
        assertThat(texts("The rebels' posts fell.")).containsExactly("The", "rebels", "'", "posts", "fell", ".");
        // words set off mid-sentence: a short pair closes after a plural's "s" too, and nothing is left open
        assertThat(kinds("It said 2,795 'terrorists' had been 'neutralised' there."))
                .containsExactly(w, w, Token.Kind.NUMBER, q, w, q, w, w, q, w, q, w, p);
        assertThat(kinds("He said 'dozens' died.")).containsExactly(w, w, q, w, q, w, p);
        // a longer one that never closes is taken back at the sentence's end
        assertThat(kinds("It called the fighters 'heroes of the nation and the rebels' allies."))
                .containsExactly(w, w, w, w, p, w, w, w, w, w, w, w, p, w, p);
        assertThat(kinds("It called them 'rafidha', a slur.")).containsExactly(w, w, w, q, w, q, p, w, w, p);
        // a quotation that runs on into the next sentence stays open: it opens after "said" or a mark
        assertThat(kinds("He said: 'We stayed.")).containsExactly(w, w, p, q, w, w, p);
        assertThat(kinds("Don't go, it's Syria's.")).containsExactly(w, w, p, w, p, w, p, p);
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
