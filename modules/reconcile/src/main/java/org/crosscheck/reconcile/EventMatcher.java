package org.crosscheck.reconcile;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Event;
import org.crosscheck.extract.Gazetteer;

/**
 * Whether a claim may be about an event: same outcome, places that contain one another (Raqqa city
 * and Raqqa governorate meet; Raqqa and Mosul never do) and periods that overlap. Category is not
 * compared: children, women and civilians of one incident are one event.
 */
final class EventMatcher {

    private final Gazetteer gazetteer;

    EventMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean compatible(Event event, CasualtyClaim claim) {
        return event.getOutcome() == claim.getOutcome()
                && gazetteer.related(event.getLocation().getId(), claim.getLocation().getId())
                && Periods.overlap(event.getPeriod(), claim.getPeriod());
    }

    /** The event is about the claim's place or a place inside it: the claim applies to it as it is. */
    boolean atLeastAsSpecific(Event event, CasualtyClaim claim) {
        return gazetteer.depth(event.getLocation().getId()) >= gazetteer.depth(claim.getLocation().getId());
    }
}
