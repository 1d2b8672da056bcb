package org.crosscheck.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.BelligerentPosition;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.ClaimantFigure;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.Event;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.EventScope;
import org.crosscheck.avro.EvidenceGrade;
import org.crosscheck.avro.Polarity;
import org.crosscheck.extract.Gazetteer;
import org.crosscheck.reconcile.Periods.Scope;

/**
 * The public picture of an event ({@link EventRecord}) from its internal state. Field by field rules
 * are in schemas/EventRecord.avsc; in short: figures are the current statements; the estimates and the
 * source count use the asserted figures about the event's own place and scope (a country-wide figure
 * that met the event is listed but does not count); the belligerent is the perpetrator most claimants
 * name.
 */
final class EventRecords {

    /** Tie order of the estimate category: the broad, commonly reported ones first. */
    private static final List<Category> CATEGORY_ORDER =
            List.of(Category.CIVILIANS, Category.PEOPLE, Category.COMBATANTS, Category.CHILDREN, Category.WOMEN);

    private final Gazetteer gazetteer;

    EventRecords(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    EventRecord of(EventClaims view) {
        Event event = view.state.getEvent();
        Scope scope = Periods.scope(event.getPeriod());
        List<ClaimantFigure> figures = new ArrayList<>();
        for (Statement s : view.current) {
            figures.add(figure(s));
        }

        // estimates and sources: asserted figures about this place and scope
        Map<Category, Set<String>> claimantsByCategory = new EnumMap<>(Category.class);
        Set<String> sources = new HashSet<>();
        List<Statement> counted = new ArrayList<>();
        for (Statement s : view.current) {
            CasualtyClaim c = s.first();
            if (!Figures.figure(c) || !about(event, scope, c)) {
                continue;
            }
            counted.add(s);
            claimantsByCategory.computeIfAbsent(c.getCategory(), k -> new HashSet<>()).add(s.claimant);
            if (c.getCount().getLow() > 0) {
                sources.add(s.claimant);
            }
        }
        Category headline = null;
        for (Category c : CATEGORY_ORDER) {
            int n = claimantsByCategory.getOrDefault(c, Set.of()).size();
            if (n > 0 && (headline == null || n > claimantsByCategory.get(headline).size())) {
                headline = c;
            }
        }
        Long conservative = null;
        Long high = null;
        for (Statement s : counted) {
            CasualtyClaim c = s.first();
            if (c.getCategory() != headline) {
                continue;
            }
            long low = c.getCount().getLow();
            long top = Figures.highOrLow(c.getCount());
            conservative = conservative == null ? low : Math.min(conservative, low);
            high = high == null ? top : Math.max(high, top);
        }

        String belligerent = belligerent(view);
        BelligerentPosition position = position(view, belligerent);
        EvidenceGrade grade = position == BelligerentPosition.ACKNOWLEDGED ? EvidenceGrade.CONFIRMED_BY_RESPONSIBLE_PARTY
                : sources.size() >= 2 ? EvidenceGrade.MULTIPLE_SOURCES
                : sources.size() == 1 ? EvidenceGrade.SINGLE_SOURCE
                : EvidenceGrade.NO_FIGURE;

        List<String> open = new ArrayList<>();
        for (ContradictionAlert a : view.state.getAlerts()) {
            if (a.getStatus() != AlertStatus.RESOLVED) {
                open.add(a.getAlertId());
            }
        }
        return EventRecord.newBuilder()
                .setEventId(event.getId())
                .setRegion(event.getRegion())
                .setLocation(event.getLocation())
                .setPeriod(event.getPeriod())
                .setOutcome(event.getOutcome())
                .setScope(EventScope.valueOf(scope.name()))
                .setFigures(figures)
                .setEstimateCategory(headline)
                .setConservativeEstimate(conservative)
                .setHighEstimate(high)
                .setBelligerent(belligerent)
                .setBelligerentPosition(position)
                .setGrade(grade)
                .setIndependentSources(sources.size())
                .setOpenAlerts(open)
                .setUpdatedAt(view.state.getLastUpdated())
                .build();
    }

    /** Not a country-wide figure for a local event, and of the event's scope. */
    private boolean about(Event event, Scope scope, CasualtyClaim c) {
        if (gazetteer.isCountry(c.getLocation().getId()) && !gazetteer.isCountry(event.getLocation().getId())) {
            return false;
        }
        Scope s = Periods.scope(c.getPeriod());
        return scope == Scope.UNKNOWN || s == scope;
    }

    private static ClaimantFigure figure(Statement s) {
        CasualtyClaim c = s.first();
        return ClaimantFigure.newBuilder()
                .setClaimant(c.getClaimant())
                .setClaimId(c.getClaimId())
                .setPolarity(c.getPolarity())
                .setCount(c.getCount())
                .setCategory(c.getCategory())
                .setTrend(c.getTrend())
                .setLocation(c.getLocation())
                .setPeriod(c.getPeriod())
                .setPerpetrator(c.getPerpetrator())
                .setOutlets(new ArrayList<>(s.outlets()))
                .setFirstPublished(Instant.ofEpochMilli(s.firstSeen))
                .setLastPublished(Instant.ofEpochMilli(s.lastSeen))
                .build();
    }

    /** The perpetrator the most claimants name (ties: the first named). */
    private static String belligerent(EventClaims view) {
        Map<String, Set<String>> namedBy = new LinkedHashMap<>();
        for (Statement s : view.current) {
            String p = s.first().getPerpetrator();
            if (Parties.known(p)) {
                namedBy.computeIfAbsent(p, k -> new HashSet<>()).add(s.claimant);
            }
        }
        String best = null;
        for (Map.Entry<String, Set<String>> e : namedBy.entrySet()) {
            if (best == null || e.getValue().size() > namedBy.get(best).size()) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** What the belligerent's own current statements say. */
    private static BelligerentPosition position(EventClaims view, String belligerent) {
        if (belligerent == null) {
            return BelligerentPosition.SILENT;
        }
        boolean denied = false;
        for (Statement s : view.current) {
            CasualtyClaim c = s.first();
            if (!Parties.sameSide(c.getClaimant().getId(), belligerent)) {
                continue;
            }
            if (Figures.figure(c) && c.getCount().getLow() > 0) {
                return BelligerentPosition.ACKNOWLEDGED;
            }
            if (Figures.denial(c) || c.getPolarity() == Polarity.DISPUTES) {
                denied = true;
            }
        }
        return denied ? BelligerentPosition.DENIED : BelligerentPosition.SILENT;
    }
}
