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
}
