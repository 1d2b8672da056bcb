package org.crosscheck.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.extract.Gazetteer;
import org.crosscheck.reconcile.Periods.Scope;

/**
 * Claims to events and contradictions, with no Kafka in sight: the streams processor hands it the
 * region's current events and writes back what it returns. Thread-safe (no state of its own).
 *
 * <p>Where a claim goes: into every compatible event that is about its place or a place inside it
 * (a claim about Raqqa governorate applies to an event in Raqqa city). When no such event exists it
 * starts one, which takes in the claims of compatible broader events (a country-wide denial stored
 * earlier meets the new incident). An event keeps the id it got from its first claim.
 *
 * <p>Versions and retractions: a claim with a claim id already stored (a corrected or re-sent article)
 * replaces the stored one, and leaves the events it no longer fits. A claim flagged {@code retracted}
 * is removed; an event left without claims is removed (its alerts RESOLVED, its record deleted). A
 * claim with {@code echo_of} set only repeats another claim of its article and joins no event.
 *
 * <p>Expiry: an event takes claims published up to {@link ReconcileSettings#eventTtl()} after its
 * latest claim. It is forgotten (removed from the store; its last record and alerts stay published)
 * once stream time is past its latest claim by the TTL plus {@link ReconcileSettings#grace()}, so that
 * late articles, published within the TTL but arriving after newer ones, still meet it.
 */
public final class Reconciler {

    /**
     * What to write back.
     *
     * @param changedEvents events to store (by their event id)
     * @param alerts        alert states to publish, in order
     * @param eventRecords  event records to publish (one per changed event)
     * @param expiredEvents ids of events to delete from the store: expired (their records stay published)
     * @param removedEvents ids of events to delete from the store and from the event topic (tombstone):
     *                      every claim of theirs was retracted
     */
    public record Result(List<EventState> changedEvents, List<ContradictionAlert> alerts, List<EventRecord> eventRecords,
            List<String> expiredEvents, List<String> removedEvents) {

        public Result {
            changedEvents = List.copyOf(changedEvents);
            alerts = List.copyOf(alerts);
            eventRecords = List.copyOf(eventRecords);
            expiredEvents = List.copyOf(expiredEvents);
            removedEvents = List.copyOf(removedEvents);
        }

        public Result(List<EventState> changedEvents, List<ContradictionAlert> alerts) {
            this(changedEvents, alerts, List.of(), List.of(), List.of());
        }

        public boolean isEmpty() {
            return changedEvents.isEmpty() && alerts.isEmpty() && eventRecords.isEmpty() && expiredEvents.isEmpty()
                    && removedEvents.isEmpty();
        }
    }

    private final ReconcileSettings settings;
    /** The TTL plus the grace, in milliseconds: how long an event is kept after its latest claim. */
    private final long retentionMs;
    private final EventMatcher matcher;
    private final ContradictionDetector detector;
    private final EventRecords records;

    public Reconciler(Gazetteer gazetteer, ReconcileSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retentionMs = settings.eventTtl().plus(settings.grace()).toMillis();
        this.matcher = new EventMatcher(gazetteer);
        this.detector = new ContradictionDetector(gazetteer, settings);
        this.records = new EventRecords(gazetteer);
    }

    public ReconcileSettings settings() {
        return settings;
    }

    /** {@link #accept(String, CasualtyClaim, List, long, long)} with stream time = the record's timestamp. */
    public Result accept(String region, CasualtyClaim claim, List<EventState> regionEvents, long timestampMs) {
        return accept(region, claim, regionEvents, timestampMs, timestampMs);
    }

    /**
     * @param region       the partition key the claim arrived with
     * @param claim        the new claim, a new version of a stored one, or a retraction
     * @param regionEvents every event currently stored for the region
     * @param timestampMs  the record's timestamp (its article's publication)
     * @param streamTimeMs the latest record timestamp seen so far (for expiry); at least timestampMs
     */
    public Result accept(String region, CasualtyClaim claim, List<EventState> regionEvents, long timestampMs,
            long streamTimeMs) {
        long now = Math.max(timestampMs, streamTimeMs);
        List<String> expired = new ArrayList<>();
        List<EventState> live = new ArrayList<>();
        for (EventState e : regionEvents) {
            // An event past its TTL at stream time stays open to a claim published within the TTL and
            // grace of its latest one. Stream time is the newest publication the task has seen, in any
            // of its regions: when a backlog is ingested, or the articles topic reprocessed, a newer
            // article read first must not cut two older claims about one event off from each other.
            // The stream-time sweep forgets the event later all the same.
            if (expired(e, now) && !withinReach(e, timestampMs) || closedFor(e, claim, timestampMs)) {
                expired.add(e.getEvent().getId());
            } else {
                live.add(e);
            }
        }

        // EventState's equals and hashCode compare contents, and these events change: collect by identity
        List<EventState> touched = new ArrayList<>();
        List<EventState> targets = new ArrayList<>();
        if (joinsEvents(claim)) {
            targets = targets(region, claim, live, timestampMs);
        }
        // the claim leaves every event it is in but no longer fits (or all of them, for a retraction)
        for (EventState e : live) {
            if (!containsSame(targets, e) && remove(e, claim.getClaimId())) {
                addOnce(touched, e);
            }
        }
        for (EventState e : targets) {
            put(e, claim, timestampMs);
            addOnce(touched, e);
            if (!containsSame(live, e)) {
                live.add(e);
            }
        }

        List<EventState> changed = new ArrayList<>();
        List<ContradictionAlert> alerts = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (EventState e : touched) {
            if (e.getClaims().isEmpty()) {
                alerts.addAll(resolveAll(e));
                removed.add(e.getEvent().getId());
            }
        }
        live.removeIf(e -> e.getClaims().isEmpty());
        // views of the region's events, built once and only if a cumulative toll needs them
        Map<EventState, EventClaims> views = new IdentityHashMap<>();
        List<EventClaims> context = new ArrayList<>();
        Supplier<List<EventClaims>> regionViews = () -> {
            if (context.isEmpty()) {
                for (EventState e : live) {
                    context.add(views.computeIfAbsent(e, EventClaims::of));
                }
            }
            return context;
        };
        // the touched events, then the cumulative tolls that cover the claim (an incident changes their sums)
        List<EventState> refresh = new ArrayList<>();
        for (EventState e : touched) {
            if (!e.getClaims().isEmpty()) {
                addOnce(refresh, e);
            }
        }
        if (Periods.scope(claim.getPeriod()) == Scope.INCIDENT) {
            for (EventState e : live) {
                if (coversIncident(e, claim)) {
                    addOnce(refresh, e);
                }
            }
        }
        for (EventState e : refresh) {
            List<ContradictionAlert> emitted = refreshAlerts(e, views.computeIfAbsent(e, EventClaims::of), regionViews);
            alerts.addAll(emitted);
            if (containsSame(touched, e) || !emitted.isEmpty()) {
                changed.add(e);
            }
        }
        List<EventRecord> eventRecords = new ArrayList<>();
        for (EventState e : changed) {
            eventRecords.add(records.of(EventClaims.of(e)));
        }
        return new Result(changed, alerts, eventRecords, expired, removed);
    }

    private static void addOnce(List<EventState> list, EventState e) {
        if (!containsSame(list, e)) {
            list.add(e);
        }
    }

    private static boolean containsSame(List<EventState> list, EventState e) {
        for (EventState x : list) {
            if (x == e) {
                return true;
            }
        }
        return false;
    }

    /**
     * The events to forget at stream time {@code streamTimeMs}: those whose latest claim is older than
     * the TTL plus the grace. For a periodic sweep over the whole store.
     */
    public List<String> expired(List<EventState> events, long streamTimeMs) {
        List<String> out = new ArrayList<>();
        for (EventState e : events) {
            if (expired(e, streamTimeMs)) {
                out.add(e.getEvent().getId());
            }
        }
        return out;
    }

    /** Whether a claim published at {@code timestampMs} is within the TTL and grace of the event's latest claim, either side. */
    private boolean withinReach(EventState e, long timestampMs) {
        return Math.abs(timestampMs - e.getLastUpdated().toEpochMilli()) <= retentionMs;
    }

    /** Whether an event is past its TTL and grace at stream time {@code streamTimeMs}. */
    public boolean expired(EventState e, long streamTimeMs) {
        return streamTimeMs - e.getLastUpdated().toEpochMilli() > retentionMs;
    }

    /**
     * Whether the claim takes part in events: not a retraction, and not an echo (a headline that repeats
     * a figure its body attributes to a source is no second source, so it neither confirms nor
     * contradicts anything).
     */
    private static boolean joinsEvents(CasualtyClaim claim) {
        return !claim.getRetracted() && claim.getEchoOf() == null;
    }

    /** The public record of an event. */
    public EventRecord record(EventState e) {
        return records.of(EventClaims.of(e));
    }

    /**
     * A claim published more than the TTL after the event's latest claim does not join it: the event is
     * closed, and forgotten now so that a new one may take its place (and its id).
     */
    private boolean closedFor(EventState e, CasualtyClaim claim, long timestampMs) {
        return joinsEvents(claim) && matcher.compatible(e.getEvent(), claim)
                && timestampMs - e.getLastUpdated().toEpochMilli() > settings.eventTtl().toMillis();
    }

    private List<EventState> targets(String region, CasualtyClaim claim, List<EventState> live, long timestampMs) {
        List<EventState> targets = new ArrayList<>();
        List<EventState> broader = new ArrayList<>();
        for (EventState e : live) {
            if (matcher.compatible(e.getEvent(), claim)) {
                (matcher.atLeastAsSpecific(e.getEvent(), claim) ? targets : broader).add(e);
            }
        }
        if (targets.isEmpty()) {
            Set<String> ids = new HashSet<>();
            live.forEach(e -> ids.add(e.getEvent().getId()));
            EventState fresh = newEvent(region, claim, timestampMs, ids);
            for (EventState b : broader) {
                for (CasualtyClaim c : b.getClaims()) {
                    if (!c.getClaimId().equals(claim.getClaimId()) && matcher.compatible(fresh.getEvent(), c)) {
                        put(fresh, c, EventClaims.time(b, c));
                    }
                }
            }
            targets.add(fresh);
        }
        return targets;
    }

    /** An event holding a cumulative figure whose place and period contain the incident claim's. */
    private boolean coversIncident(EventState e, CasualtyClaim incident) {
        if (e.getEvent().getOutcome() != incident.getOutcome()) {
            return false;
        }
        for (CasualtyClaim c : e.getClaims()) {
            if (Figures.figure(c) && Periods.scope(c.getPeriod()) == Scope.CUMULATIVE
                    && Periods.within(incident.getPeriod(), c.getPeriod())
                    && matcher.placeWithin(incident, c)) {
                return true;
            }
        }
        return false;
    }

    private static EventState newEvent(String region, CasualtyClaim claim, long timestampMs, Set<String> taken) {
        String id = eventId(region, claim);
        for (int n = 2; taken.contains(id); n++) {
            id = eventId(region, claim) + "~" + n;
        }
        Event event = Event.newBuilder()
                .setId(id)
                .setRegion(region)
                .setLocation(claim.getLocation())
                .setPeriod(claim.getPeriod())
                .setOutcome(claim.getOutcome())
                .build();
        return EventState.newBuilder().setEvent(event).setClaims(new ArrayList<>()).setAlerts(new ArrayList<>())
                .setLastUpdated(Instant.ofEpochMilli(timestampMs)).setClaimTimes(new HashMap<>()).build();
    }

    /** region/place/period/outcome of the first claim: stable, readable, and prefixed by the region for scans. */
    static String eventId(String region, CasualtyClaim claim) {
        String period = claim.getPeriod() == null ? "any" : Periods.format(claim.getPeriod()).replace(' ', '-');
        return region + "/" + claim.getLocation().getId() + "/" + period + "/" + claim.getOutcome();
    }

    /** Adds a claim, or replaces in place the one with the same claim id (a corrected or re-sent article). */
    private static void put(EventState e, CasualtyClaim claim, long timestampMs) {
        List<CasualtyClaim> claims = new ArrayList<>(e.getClaims());
        boolean replaced = false;
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).getClaimId().equals(claim.getClaimId())) {
                claims.set(i, claim);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            claims.add(claim);
        }
        e.setClaims(claims);
        Map<String, Long> times = new HashMap<>(e.getClaimTimes() == null ? Map.of() : e.getClaimTimes());
        times.put(claim.getClaimId(), timestampMs);
        e.setClaimTimes(times);
        if (timestampMs > e.getLastUpdated().toEpochMilli()) {
            e.setLastUpdated(Instant.ofEpochMilli(timestampMs));
        }
    }

    private static boolean remove(EventState e, String claimId) {
        List<CasualtyClaim> claims = new ArrayList<>(e.getClaims());
        if (!claims.removeIf(c -> c.getClaimId().equals(claimId))) {
            return false;
        }
        e.setClaims(claims);
        Map<String, Long> times = new HashMap<>(e.getClaimTimes() == null ? Map.of() : e.getClaimTimes());
        times.remove(claimId);
        e.setClaimTimes(times);
        return true;
    }

    /**
     * Why an alert vanished: a claim it rested on is gone (WITHDRAWN), or is there with another figure
     * (CORRECTED), or all are there as they were and newer statements converged (REVISED).
     */
    private static AlertSummary.Resolution resolution(EventState e, ContradictionAlert a) {
        AlertSummary.Resolution how = AlertSummary.Resolution.REVISED;
        for (CasualtyClaim c : a.getClaims()) {
            CasualtyClaim now = null;
            for (CasualtyClaim x : e.getClaims()) {
                if (x.getClaimId().equals(c.getClaimId())) {
                    now = x;
                    break;
                }
            }
            if (now == null) {
                return AlertSummary.Resolution.WITHDRAWN;
            }
            if (!now.getCount().toString().equals(c.getCount().toString())) {
                how = AlertSummary.Resolution.CORRECTED;
            }
        }
        return how;
    }

    private static List<ContradictionAlert> resolveAll(EventState e) {
        List<ContradictionAlert> emitted = new ArrayList<>();
        List<ContradictionAlert> kept = new ArrayList<>();
        for (ContradictionAlert a : e.getAlerts()) {
            if (a.getStatus() != AlertStatus.RESOLVED) {
                ContradictionAlert resolved = ContradictionAlert.newBuilder(a).setStatus(AlertStatus.RESOLVED)
                        .setClaims(new ArrayList<>(a.getClaims()))
                        .setSummary(AlertSummary.resolved(a.getSummary(), AlertSummary.Resolution.WITHDRAWN)).build();
                emitted.add(resolved);
                kept.add(resolved);
            } else {
                kept.add(a);
            }
        }
        e.setAlerts(kept);
        return emitted;
    }

    /**
     * Recomputes the event's contradictions and returns the alerts whose state changed: new ones
     * OPEN, changed ones UPDATED, vanished ones RESOLVED (and RESOLVED ones that return OPEN again).
     */
    private List<ContradictionAlert> refreshAlerts(EventState e, EventClaims view, Supplier<List<EventClaims>> context) {
        Map<String, ContradictionAlert> previous = new LinkedHashMap<>();
        for (ContradictionAlert a : e.getAlerts()) {
            previous.put(a.getAlertId(), a);
        }
        Map<String, ContradictionAlert> current = new LinkedHashMap<>();
        List<ContradictionAlert> emitted = new ArrayList<>();
        for (Map.Entry<String, Finding> entry : detector.detect(view, context).entrySet()) {
            Finding f = entry.getValue();
            String id = e.getEvent().getId() + ":" + entry.getKey();
            ContradictionAlert before = previous.get(id);
            ContradictionAlert now = ContradictionAlert.newBuilder()
                    .setAlertId(id)
                    .setKind(f.kind())
                    .setStatus(before == null || before.getStatus() == AlertStatus.RESOLVED ? AlertStatus.OPEN : AlertStatus.UPDATED)
                    .setSeverity(Severity.of(f))
                    .setEvent(e.getEvent())
                    .setClaims(new ArrayList<>(f.claims()))
                    .setSummary(AlertSummary.of(e.getEvent(), f))
                    .build();
            if (before == null || before.getStatus() == AlertStatus.RESOLVED || changed(before, now)) {
                emitted.add(now);
                current.put(id, now);
            } else {
                current.put(id, before);
            }
        }
        for (ContradictionAlert before : previous.values()) {
            if (!current.containsKey(before.getAlertId())) {
                if (before.getStatus() != AlertStatus.RESOLVED) {
                    ContradictionAlert resolved = ContradictionAlert.newBuilder(before).setStatus(AlertStatus.RESOLVED)
                            .setClaims(new ArrayList<>(before.getClaims()))
                            .setSummary(AlertSummary.resolved(before.getSummary(), resolution(e, before)))
                            .build();
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

    /** Compared by claim ids, figures, severity and summary: Avro's equals on nested arrays of dates is not reliable. */
    private static boolean changed(ContradictionAlert before, ContradictionAlert now) {
        if (before.getSeverity() != now.getSeverity() || before.getClaims().size() != now.getClaims().size()
                || !before.getSummary().equals(now.getSummary())) {
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
