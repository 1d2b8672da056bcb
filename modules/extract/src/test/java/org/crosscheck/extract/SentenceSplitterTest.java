package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crosscheck.extract.lexicon.Lexicon;
import org.crosscheck.extract.text.Sentence;
import org.crosscheck.extract.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(Lexicon.standard().abbreviations);

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void titlesAndInitialsDoNotEndASentence() {
        assertThat(split("British Army Maj. Gen. Rupert Jones spoke. The U.S. military said so. J. Smith agreed."))
                .containsExactly("British Army Maj. Gen. Rupert Jones spoke.", "The U.S. military said so.", "J. Smith agreed.");
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        assertThat(split("\"It was awful.\" She left."))
                .containsExactly("\"It was awful.\"", "She left.");
    }

    @Test
    void aClosingSingleQuoteStaysWithItsSentenceButAnApostropheDoesNotEndOne() {
        assertThat(split("'We ran out of blood.' The doctor left. 'Nineteen died.' Then the U.S.'s envoy spoke."))
                .containsExactly("'We ran out of blood.'", "The doctor left.", "'Nineteen died.'", "Then the U.S.'s envoy spoke.");
    }

    @Test
    void paragraphsAreCounted() {
        List<Sentence> s = splitter.split("One here. Two here.\n\nThree here.");
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    }

    @Test
    void decimalsAndLowerCaseContinuationsStayWhole() {
        assertThat(split("About 1.5 million people fled. approx. none returned."))
                .containsExactly("About 1.5 million people fled. approx. none returned.");
    }
}
