package org.crosscheck.reconcile;

import java.util.List;

import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.extract.Gazetteer;

/**
 * Where a claim is written on the claims topic: the region (governorate) of its place, so that
 * claims that may be about one event share a partition. A country-wide claim ("they only target
 * militants") has no one region: it goes to every region of its country, to meet every event there,
 * earlier or later.
 */
public final class RegionRouter {

    private final Gazetteer gazetteer;

    public RegionRouter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<String> regionsFor(CasualtyClaim claim) {
        String place = claim.getLocation().getId();
        if (gazetteer.isCountry(place)) {
            List<String> regions = gazetteer.regionsOf(place);
            return regions.isEmpty() ? List.of(place) : regions;
        }
        return List.of(gazetteer.regionOf(place));
    }
}
