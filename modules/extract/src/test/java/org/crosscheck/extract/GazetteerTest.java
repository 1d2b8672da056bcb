package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gazetteer's choice between places that share a name. */
class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void aNameTwoPlacesShareIsTheOneNearerTheStory() {
        Place aleppos = gazetteer.require("sy-midan-aleppo");
        Place damascuss = gazetteer.require("sy-midan-damascus");
        assertThat(gazetteer.homonymsOf(aleppos)).containsExactly(damascuss);
        assertThat(gazetteer.nearestHomonym(aleppos, gazetteer.require("sy-yarmouk"))).isEqualTo(damascuss);
        assertThat(gazetteer.nearestHomonym(damascuss, gazetteer.require("sy-aleppo-city"))).isEqualTo(aleppos);
    }

    @Test
    void aNameOnePlaceHasAsAnAliasIsAHomonymOfThePlaceWhoseOwnNameItIs() {
        Place iraqs = gazetteer.require("iq-balad");
        Place daraas = gazetteer.require("sy-daraa-al-balad");
        assertThat(gazetteer.homonymsOf(iraqs)).containsExactly(daraas);
        assertThat(gazetteer.nearestHomonym(iraqs, gazetteer.require("sy-daraa-city"))).isEqualTo(daraas);
        assertThat(gazetteer.nearestHomonym(iraqs, gazetteer.require("iq-samarra"))).isEqualTo(iraqs);
        // with nothing to go by, the place whose own name it is
        assertThat(gazetteer.nearestHomonym(iraqs, null)).isEqualTo(iraqs);
    }

    @Test
    void withNothingToGoByTheFirstListedIsMeant() {
        Place first = gazetteer.nearestHomonym(gazetteer.require("sy-midan-aleppo"), null);
        assertThat(gazetteer.nearestHomonym(gazetteer.require("sy-midan-damascus"), null)).isEqualTo(first);
    }

    @Test
    void aPlaceWithNoHomonymIsItself() {
        Place raqqa = gazetteer.require("sy-raqqa-city");
        assertThat(gazetteer.homonymsOf(raqqa)).isEmpty();
        assertThat(gazetteer.nearestHomonym(raqqa, gazetteer.require("sy-aleppo-city"))).isEqualTo(raqqa);
    }

    @Test
    void aNameThatIsAlsoAVerbNamesItsPlaceOnlyWhereWrittenAsAName() {
        var near = org.crosscheck.extract.text.Tokenizer.tokenize("killed near Hit", 0, 15);
        var verb = org.crosscheck.extract.text.Tokenizer.tokenize("Hit by shelling", 0, 15);
        var lower = org.crosscheck.extract.text.Tokenizer.tokenize("shells hit Hit", 0, 14);
        var hit = gazetteer.names().at(near, 2).orElseThrow();
        assertThat(hit.value().id()).isEqualTo("iq-hit");
        assertThat(gazetteer.standsAsName(near, hit)).isTrue();
        assertThat(gazetteer.standsAsName(verb, gazetteer.names().at(verb, 0).orElseThrow())).isFalse();
        assertThat(gazetteer.standsAsName(lower, gazetteer.names().at(lower, 1).orElseThrow())).isFalse();
        assertThat(gazetteer.standsAsName(lower, gazetteer.names().at(lower, 2).orElseThrow())).isTrue();
        // the data file's mark is taken off the alias itself
        assertThat(gazetteer.require("iq-hit").aliases()).contains("Hit").noneMatch(a -> a.endsWith("!"));
    }
}
