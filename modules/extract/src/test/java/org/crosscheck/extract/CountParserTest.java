package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.crosscheck.extract.text.Token;
import org.crosscheck.extract.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md's table of how words become counts, row by row. */
class CountParserTest {

    private final CountParser parser = new CountParser();

    @ParameterizedTest(name = "{0} -> {1}..{2} {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "7 civilians|7|7|EXACT",
        "seven civilians|7|7|EXACT",
        "twenty-three people|23|23|EXACT",
        "one hundred and forty-six civilians|146|146|EXACT",
        "a hundred people|100|100|EXACT",
        "1,600 civilians|1600|1600|EXACT",
        "3 million people|3000000|3000000|EXACT",
        "at least 146 civilians|146|null|AT_LEAST",
        "no fewer than 146 civilians|146|null|AT_LEAST",
        "more than 100 people|101|null|AT_LEAST",
        "over 100 people|101|null|AT_LEAST",
        "more than a dozen people|13|null|AT_LEAST",
        "about 100 people|100|100|APPROX",
        "around 100 people|100|100|APPROX",
        "nearly 100 people|100|100|APPROX",
        "some 100 people|100|100|APPROX",
        "roughly 100 people|100|100|APPROX",
        "a dozen people|12|12|APPROX",
        "up to 50 people|1|50|AT_MOST",
        "as many as 50 people|1|50|AT_MOST",
        "between 10,000 and 50,000 people|10000|50000|RANGE",
        "10,000 to 50,000 people|10000|50000|RANGE",
        "30-40 people|30|40|RANGE",
        "from 30 to 40 people|30|40|RANGE",
        "dozens of people|24|null|AT_LEAST",
        "several dozen citizens|24|null|AT_LEAST",
        "scores of people|40|null|AT_LEAST",
        "hundreds of people|200|null|AT_LEAST",
        "thousands of people|2000|null|AT_LEAST",
        "hundreds of thousands of people|200000|null|AT_LEAST",
        "tens of people|20|null|AT_LEAST",
        "tens of thousands of people|20000|null|AT_LEAST",
        "no civilians|0|0|EXACT",
        "none|0|0|EXACT",
    })
    void readsTheFigure(String text, long low, Long high, String qualifier) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        Optional<Count> c = parser.parse(tokens, 0);
        assertThat(c).isPresent();
        assertThat(c.get().low()).isEqualTo(low);
        assertThat(c.get().high()).isEqualTo(high);
        assertThat(c.get().qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a 12-year-old boy", "a 300-strong battalion", "some civilians", "over the better part"})
    void readsNoFigureWhereThereIsNone(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        Optional<Count> c = parser.parse(tokens, 0);
        if (c.isPresent()) {
            // "a" alone is no figure; a figure may only start later ("12-year-old" is not one)
            assertThat(c.get().qualifier()).isNotIn("EXACT", "RANGE");
        }
        assertThat(parser.parse(tokens, Math.min(1, tokens.size() - 1))).isEmpty();
    }
}
