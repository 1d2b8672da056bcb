package org.crosscheck.extract;

import org.crosscheck.avro.Category;
import org.crosscheck.avro.Outcome;
import org.crosscheck.avro.Period;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Trend;

/** A claim while the extractor is still filling it in; becomes a CasualtyClaim at the end. */
final class Draft {
    Party party;
    String speaker;
    Polarity polarity = Polarity.ASSERTS;
    long low;
    Long high;
    String qualifier;
    Category category;
    Outcome outcome;
    Place place;
    Period period;
    Trend trend;
    String perpetrator;
    Draft subsetOf;
    /** The claim of the same article this one only repeats (see ClaimExtractor#markEchoes), or null. */
    Draft echoOf;
    boolean inTitle;
    int evidenceStart;
    int evidenceEnd;
    String evidenceText;
    /** Creation order, to keep claims with the same evidence (two claimants of one sentence) in text order. */
    int sequence;
    /** Token span of the figure or cue within its sentence (figureEnd exclusive). */
    int evidenceStartToken;
    int figureEnd;
    /** Said "of whom", "including", "among them": part of a whole named just before. */
    boolean subsetMarker;
    /** A place stands right after the figure in its clause ("Eleven of them died in Maarat al-Numan"): a part keeps it. */
    boolean namesOwnPlace;
    /** The outcome came from a toll ("the death toll has risen to 27"): no nearer word changes it. */
    boolean outcomeOfToll;
    /** "Eleven teachers were among at least 40 people killed": the whole comes after the part. */
    boolean wholeFollows;
    /** "put the number at 250,000": a second figure for what the figure before counted. */
    boolean followUp;
    /** An item of a list that leaves out its verb ("..., and three in a strike in Raqqa on May 22"): it may give its own time. */
    boolean elidedItem;
    /** The period came from the claim's own words ("... to strikes on Raqqa between June and October"), so a whole's does not replace it. */
    boolean ownTime;
    /** Said by a source the claimant data does not know ("Turkey's military said"): the outlet's to report. */
    boolean unknownSource;
    /** The earlier trend claim this one disputes by reference ("disputed that assessment"), or null. */
    Draft answers;
    /**
     * "government strikes killed 2,908 civilians, Russian jets 1,019 and the coalition 566", "attributed 290
     * to Russian strikes and 120 to the coalition": for a share after the first, the first share; each share
     * keeps its own attacker, and is a part of whatever the first is a part of.
     */
    Draft shareOf;
    /**
     * The claim names its own attacker even as a part of a whole: a share of such a list, or a count
     * put down to one party ("attributed 164 of the deaths to government forces").
     */
    boolean ownAttacker;
    /**
     * Nothing befell these people: "3 million people live in the province" (how many live somewhere),
     * "about 70 militants had surrendered" (a verb of their own that harms no one). No claim, nor its parts.
     */
    boolean unharmed;
    /** "attributed at least 290 to Russian strikes and about 120 to the coalition": a share put down to a party. */
    boolean attributedShare;
    /** "in Sarmin, 6": one item of a place list, a part of the whole before it. */
    boolean listItem;
    /** A part only because it goes on a list of parts ("including two journalists, and 74 ..."). */
    boolean listedPart;
    /** "Of the 12 dead, five were children": the claim before that a part names by its figure, or null. */
    Draft wholeNamed;
    /**
     * "state media reported 36 dead and the Observatory at least 45": the party named right before a figure
     * whose verb the sentence leaves out, who gives that figure for what the figure before counted; or null.
     */
    Attributor.Speaker gappedSpeaker;
    /** "Of the wounded, 261 were ...": where the whole this part belongs to was, when the part's sentence names no place; or null. */
    Place placeOfWhole;
    /** For a quote whose speaker another sentence names, that sentence; null otherwise. */
    SentenceView quoteSource;

    Draft copyFor(Party otherParty, String otherSpeaker) {
        Draft d = new Draft();
        d.party = otherParty;
        d.speaker = otherSpeaker;
        d.polarity = polarity;
        d.low = low;
        d.high = high;
        d.qualifier = qualifier;
        d.category = category;
        d.outcome = outcome;
        d.place = place;
        d.period = period;
        d.trend = trend;
        d.perpetrator = perpetrator;
        d.subsetOf = subsetOf;
        d.inTitle = inTitle;
        d.evidenceStart = evidenceStart;
        d.evidenceEnd = evidenceEnd;
        d.evidenceText = evidenceText;
        d.evidenceStartToken = evidenceStartToken;
        d.figureEnd = figureEnd;
        d.subsetMarker = subsetMarker;
        d.wholeFollows = wholeFollows;
        d.ownTime = ownTime;
        d.wholeNamed = wholeNamed;
        return d;
    }
}
