package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.extract.Gazetteer;

/**
 * Claims to events and contradictions, with no Kafka in sight: the streams processor hands it the
 * region's current events and writes back what it returns.
 *
 * <p>Where a claim goes: into every compatible event that is about its place or a place inside it
 * (a claim about Raqqa governorate applies to an event in Raqqa city). When no such event exists it
 * starts one, which takes in the claims of compatible broader events (a country-wide denial stored
 * earlier meets the new incident). An event keeps the id it got from its first claim. A claim sent
 * again with the same claim id (a corrected article) replaces the earlier one.
 */
public final class Reconciler {

    /** Events to write back (by their event id) and alerts to publish, in order. */
    public record Result(List<EventState> changedEvents, List<ContradictionAlert> alerts) {
    }

    private final EventMatcher matcher;
    private final ContradictionDetector detector;

    public Reconciler(Gazetteer gazetteer, ReconcileSettings settings) {
        this.matcher = new EventMatcher(gazetteer);
        this.detector = new ContradictionDetector(settings.tolerance());
    }

    /**
     * @param region       the partition key the claim arrived with
     * @param claim        the new claim
     * @param regionEvents every event currently stored for the region
     * @param timestampMs  the record's timestamp (stream time)
     */
    public Result accept(String region, CasualtyClaim claim, List<EventState> regionEvents, long timestampMs) {
        List<EventState> targets = new ArrayList<>();
        List<EventState> broader = new ArrayList<>();
        for (EventState e : regionEvents) {
            if (matcher.compatible(e.getEvent(), claim)) {
                (matcher.atLeastAsSpecific(e.getEvent(), claim) ? targets : broader).add(e);
            }
        }
        if (targets.isEmpty()) {
            EventState fresh = newEvent(region, claim, timestampMs);
            for (EventState b : broader) {
                for (CasualtyClaim c : b.getClaims()) {
                    if (matcher.compatible(fresh.getEvent(), c)) {
                        put(fresh, c);
                    }
                }
            }
            targets.add(fresh);
        }
        List<EventState> changed = new ArrayList<>();
        List<ContradictionAlert> alerts = new ArrayList<>();
        for (EventState e : targets) {
            put(e, claim);
            e.setLastUpdated(java.time.Instant.ofEpochMilli(timestampMs));
            alerts.addAll(refreshAlerts(e));
            changed.add(e);
        }
        return new Result(changed, alerts);
    }

    private static EventState newEvent(String region, CasualtyClaim claim, long timestampMs) {
        Event event = Event.newBuilder()
                .setId(eventId(region, claim))
                .setRegion(region)
                .setLocation(claim.getLocation())
                .setPeriod(claim.getPeriod())
                .setOutcome(claim.getOutcome())
                .build();
        return EventState.newBuilder().setEvent(event).setClaims(new ArrayList<>()).setAlerts(new ArrayList<>())
                .setLastUpdated(java.time.Instant.ofEpochMilli(timestampMs)).build();
    }

    /** region/place/period/outcome of the first claim: stable, readable, and prefixed by the region for scans. */
    static String eventId(String region, CasualtyClaim claim) {
        String period = claim.getPeriod() == null ? "any" : Periods.format(claim.getPeriod()).replace(' ', '-');
        return region + "/" + claim.getLocation().getId() + "/" + period + "/" + claim.getOutcome();
    }

    /** Adds a claim, or replaces in place the one with the same claim id (a corrected or re-sent article). */
    private static void put(EventState e, CasualtyClaim claim) {
        List<CasualtyClaim> claims = new ArrayList<>(e.getClaims());
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).getClaimId().equals(claim.getClaimId())) {
                claims.set(i, claim);
                e.setClaims(claims);
                return;
            }
        }
        claims.add(claim);
        e.setClaims(claims);
    }

    /**
     * Recomputes the event's contradictions and returns the alerts whose state changed: new ones
     * OPEN, changed ones UPDATED, vanished ones RESOLVED.
     */
    private List<ContradictionAlert> refreshAlerts(EventState e) {
        Map<String, ContradictionAlert> previous = new LinkedHashMap<>();
        for (ContradictionAlert a : e.getAlerts()) {
            previous.put(a.getAlertId(), a);
        }
        Map<String, ContradictionAlert> current = new LinkedHashMap<>();
        List<ContradictionAlert> emitted = new ArrayList<>();
        for (Map.Entry<String, Finding> entry : detector.detect(e.getClaims()).entrySet()) {
            Finding f = entry.getValue();
            String id = e.getEvent().getId() + ":" + entry.getKey();
            ContradictionAlert before = previous.get(id);
            ContradictionAlert now = ContradictionAlert.newBuilder()
                    .setAlertId(id)
                    .setKind(f.kind())
                    .setStatus(before == null || before.getStatus() == AlertStatus.RESOLVED ? AlertStatus.OPEN : AlertStatus.UPDATED)
                    .setSeverity(Severity.of(f))
                    .setEvent(e.getEvent())
                    .setClaims(ContradictionDetector.inOrder(f))
                    .setSummary(AlertSummary.of(e.getEvent(), f))
                    .build();
            current.put(id, now);
            if (before == null || before.getStatus() == AlertStatus.RESOLVED || changed(before, now)) {
                emitted.add(now);
            } else {
                current.put(id, before);
            }
        }
        for (ContradictionAlert before : previous.values()) {
            if (!current.containsKey(before.getAlertId())) {
                if (before.getStatus() != AlertStatus.RESOLVED) {
                    ContradictionAlert resolved = ContradictionAlert.newBuilder(before).setStatus(AlertStatus.RESOLVED)
                            .setClaims(new ArrayList<>(before.getClaims())).build();
                    emitted.add(resolved);
                    current.put(before.getAlertId(), resolved);
                } else {
                    current.put(before.getAlertId(), before);
                }
            }
        }
        List<ContradictionAlert> kept = new ArrayList<>();
        previous.keySet().forEach(id -> kept.add(current.remove(id)));
        kept.addAll(current.values());
        e.setAlerts(kept);
        return emitted;
    }

    /** Compared by claim ids and severity: Avro's equals on nested arrays of dates is not reliable. */
    private static boolean changed(ContradictionAlert before, ContradictionAlert now) {
        if (before.getSeverity() != now.getSeverity() || before.getClaims().size() != now.getClaims().size()) {
            return true;
        }
        for (int i = 0; i < now.getClaims().size(); i++) {
            CasualtyClaim a = before.getClaims().get(i);
            CasualtyClaim b = now.getClaims().get(i);
            if (!a.getClaimId().equals(b.getClaimId()) || !a.getCount().toString().equals(b.getCount().toString())) {
                return true;
            }
        }
        return false;
    }
}
