package org.crosscheck.reconcile;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.Period;
import org.crosscheck.extract.Gazetteer;
import org.crosscheck.reconcile.Periods.Scope;

/**
 * Whether a claim may be about an event: same outcome, places that contain one another (Raqqa city
 * and Raqqa governorate meet; Raqqa and Mosul never do), periods that overlap, and the same scope: a
 * figure for one incident and a toll over months are different events (a claim without a period
 * joins either). Category is not compared: children, women and civilians of one incident are one event.
 */
final class EventMatcher {

    private final Gazetteer gazetteer;

    EventMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    boolean compatible(Event event, CasualtyClaim claim) {
        return event.getOutcome() == claim.getOutcome()
                && gazetteer.related(event.getLocation().getId(), claim.getLocation().getId())
                && Periods.overlap(event.getPeriod(), claim.getPeriod())
                && sameScope(event.getPeriod(), claim.getPeriod());
    }

    private static boolean sameScope(Period a, Period b) {
        Scope x = Periods.scope(a);
        Scope y = Periods.scope(b);
        return x == Scope.UNKNOWN || y == Scope.UNKNOWN || x == y;
    }

    /** The event is about the claim's place or a place inside it: the claim applies to it as it is. */
    boolean atLeastAsSpecific(Event event, CasualtyClaim claim) {
        return gazetteer.depth(event.getLocation().getId()) >= gazetteer.depth(claim.getLocation().getId());
    }

    /** {@code inner}'s place is {@code outer}'s or lies inside it. */
    boolean placeWithin(CasualtyClaim inner, CasualtyClaim outer) {
        return gazetteer.within(inner.getLocation().getId(), outer.getLocation().getId());
    }
}
