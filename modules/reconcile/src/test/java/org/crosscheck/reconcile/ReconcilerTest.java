package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.reconcile.Claims.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.BelligerentPosition;
import org.crosscheck.avro.ContradictionAlert;
import org.crosscheck.avro.EventRecord;
import org.crosscheck.avro.EventScope;
import org.crosscheck.avro.EvidenceGrade;
import org.crosscheck.avro.Outcome;
import org.crosscheck.avro.Polarity;
import org.crosscheck.avro.Trend;
import org.crosscheck.avro.internal.EventState;
import org.crosscheck.extract.Gazetteer;
import org.junit.jupiter.api.Test;

/** The reconciler's rules, one test each, through the same accept() the topology calls. */
class ReconcilerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    /** Plays the state store: events by id, per region, as the processor keeps them. */
    private final Map<String, EventState> store = new LinkedHashMap<>();
    private final Reconciler reconciler = new Reconciler(GAZETTEER, ReconcileSettings.DEFAULTS);
    private final RegionRouter router = new RegionRouter(GAZETTEER);
    private final List<ContradictionAlert> alerts = new ArrayList<>();

    /** Publication time of what is sent next. */
    private long clock = Instant.parse("2017-06-16T12:00:00Z").toEpochMilli();
    private final Map<String, EventRecord> records = new LinkedHashMap<>();
    private final List<String> expired = new ArrayList<>();

    private void send(CasualtyClaim c) {
        send(c, reconciler);
    }

    private void send(CasualtyClaim c, Reconciler with) {
        for (String region : router.regionsFor(c)) {
            List<EventState> events = store.values().stream().filter(e -> e.getEvent().getRegion().equals(region)).toList();
            Reconciler.Result r = with.accept(region, c, events, clock);
            r.expiredEvents().forEach(id -> {
                store.remove(id);
                expired.add(id);
            });
            r.removedEvents().forEach(id -> {
                store.remove(id);
                records.put(id, null);
            });
            r.changedEvents().forEach(e -> store.put(e.getEvent().getId(), e));
            r.eventRecords().forEach(e -> records.put(e.getEventId(), e));
            alerts.addAll(r.alerts());
        }
    }

    /** Sends what follows as published at this instant ("2017-06-20T09:00:00Z") or day ("2017-06-20"). */
    private ReconcilerTest published(String when) {
        clock = (when.length() == 10 ? Instant.parse(when + "T12:00:00Z") : Instant.parse(when)).toEpochMilli();
        return this;
    }

    private List<ContradictionAlert> alertsOf(AlertKind kind) {
        return alerts.stream().filter(a -> a.getKind() == kind).toList();
    }

    /** The latest state of each alert id. */
    private Map<String, ContradictionAlert> latest() {
        Map<String, ContradictionAlert> out = new LinkedHashMap<>();
        alerts.forEach(a -> out.put(a.getAlertId(), a));
        return out;
    }

    @Test
    void incompatibleFiguresFromTwoClaimantsRaiseOneNumericAlert() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").by("coalition").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").by("coalition").build());
        assertThat(alerts).hasSize(1);
        ContradictionAlert a = alerts.get(0);
        assertThat(a.getKind()).isEqualTo(AlertKind.NUMERIC);
        assertThat(a.getStatus()).isEqualTo(AlertStatus.OPEN);
        assertThat(a.getClaims()).extracting(CasualtyClaim::getClaimId).containsExactly("a#1", "b#1");
        assertThat(a.getAlertId()).isEqualTo("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED:coalition|sohr:NUMERIC");
        assertThat(a.getSeverity()).isBetween(0.0, 1.0);
        assertThat(a.getSummary()).isEqualTo("The Syrian Observatory for Human Rights reports 24 civilians killed in "
                + "Raqqa on 15 Jun 2017; the US-led coalition reports 3 civilians killed.");
    }

    @Test
    void theSameClaimantNeverContradictsItself() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "sohr").exactly(3).on("2017-06-15").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void twoOutletsSpeakingForThemselvesAreTwoClaimants() {
        send(claim("a#1", "outlet").outlet("Levant Wire").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "outlet").outlet("Gulf Ledger").exactly(3).on("2017-06-15").build());
        assertThat(alerts).hasSize(1);
    }

    @Test
    void figuresWithinTheToleranceAgree() {
        send(claim("a#1", "sohr").about(100).on("2017-06-15").build());
        send(claim("b#1", "airwars").exactly(105).on("2017-06-15").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void openLowerBoundsDoNotContradictSmallerLowerBounds() {
        send(claim("a#1", "amnesty").atLeast(146).between("2017-06-24", "2017-08-24").build());
        send(claim("b#1", "airwars").atLeast(20).between("2017-06-24", "2017-08-24").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void anIncidentIsNeverComparedWithACumulativeToll() {
        send(claim("a#1", "amnesty").atLeast(146).between("2017-06-24", "2017-08-24").build());
        send(claim("b#1", "coalition").exactly(7).on("2017-07-02").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void differentPlacesOfOneRegionNeverMeet() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").at("sy-tabqa", "Tabqa").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void differentDaysAreDifferentEvents() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-18").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void aCityClaimAndAGovernorateClaimMeet() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").at("sy-raqqa", "Raqqa Governorate").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
    }

    @Test
    void differentOutcomesAreDifferentEvents() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").outcome(Outcome.INJURED).build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void childrenWithinCiviliansAreNoContradiction() {
        send(claim("a#1", "amnesty").atLeast(146).between("2017-06-24", "2017-08-24").build());
        send(claim("b#1", "airwars").atLeast(60).category(Category.CHILDREN).between("2017-06-24", "2017-08-24").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void aPartLargerThanAnotherPartysWholeIsASubsetContradiction() {
        send(claim("a#1", "amnesty").atLeast(60).category(Category.CHILDREN).between("2017-06-24", "2017-08-24").build());
        send(claim("b#1", "coalition").exactly(20).between("2017-06-24", "2017-08-24").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.SUBSET);
    }

    @Test
    void aDenialMeetsAReportThatBlamesTheDenier() {
        send(claim("a#1", "white-helmets").exactly(45).on("2018-02-06").at("sy-douma", "Douma").by("syria-government").build());
        send(claim("b#1", "syria-government").denial().on("2018-02-06").at("sy-douma", "Douma").by("syria-government").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.DENIAL);
    }

    @Test
    void aDenialOfHarmNobodyLaysAtTheDeniersDoorIsNoContradiction() {
        send(claim("a#1", "amnesty").atLeast(146).between("2017-06-24", "2017-08-24").by("coalition").build());
        send(claim("b#1", "russia").denial().at("sy", "Syria").by("russia").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void aCountryWideDenialStoredFirstMeetsALaterIncident() {
        send(claim("a#1", "russia").denial().at("sy", "Syria").by("russia").build());
        send(claim("b#1", "sohr").exactly(12).on("2017-06-15").at("sy-raqqa-city", "Raqqa").by("russia").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.DENIAL);
        assertThat(alerts.get(0).getEvent().getLocation().getId()).isEqualTo("sy-raqqa-city");
    }

    @Test
    void aDisputedTrendIsATrendContradiction() {
        send(claim("a#1", "amnesty").atLeast(146).between("2017-06-24", "2017-08-24").by("coalition").build());
        send(claim("a#4", "amnesty").trend(Polarity.ASSERTS, Trend.RISING).by("coalition").build());
        send(claim("a#7", "coalition").trend(Polarity.DISPUTES, Trend.RISING).by("coalition").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.TREND);
        assertThat(alerts.get(0).getEvent().getId()).isEqualTo("sy-raqqa/sy-raqqa-city/2017-06-24..2017-08-24/KILLED");
    }

    @Test
    void aRevisedFigureUpdatesTheAlertAndConvergenceResolvesIt() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(5).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(23).on("2017-06-15").build());
        assertThat(alerts).extracting(ContradictionAlert::getStatus)
                .containsExactly(AlertStatus.OPEN, AlertStatus.UPDATED, AlertStatus.RESOLVED);
        assertThat(alerts).extracting(ContradictionAlert::getAlertId).containsOnly(alerts.get(0).getAlertId());
        assertThat(alerts.get(2).getSummary()).isEqualTo("Resolved (a figure it rested on was corrected and no longer "
                + "contradicts): The Syrian Observatory for Human Rights reports 24 civilians killed in Raqqa on 15 Jun 2017; "
                + "the US-led coalition reports 5 civilians killed.");
    }

    @Test
    void reprocessingTheSameClaimsRaisesNoSecondAlert() {
        CasualtyClaim a = claim("a#1", "sohr").exactly(24).on("2017-06-15").build();
        CasualtyClaim b = claim("b#1", "coalition").exactly(3).on("2017-06-15").build();
        send(a);
        send(b);
        send(a);
        send(b);
        assertThat(alerts).hasSize(1);
    }

    // ---- tolerance -------------------------------------------------------------------------------

    @Test
    void theToleranceIsConfigurable() {
        Reconciler strict = new Reconciler(GAZETTEER, ReconcileSettings.DEFAULTS.withTolerance(0.0));
        send(claim("a#1", "sohr").about(100).on("2017-06-15").build(), strict);
        send(claim("b#1", "airwars").exactly(105).on("2017-06-15").build(), strict);
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
    }

    @Test
    void smallFiguresOneApartAgree() {
        send(claim("a#1", "sohr").exactly(5).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build());
        assertThat(alerts).isEmpty();
    }

    // ---- deduplication and reprocessing -----------------------------------------------------------

    @Test
    void twoOutletsQuotingOneClaimantAreOneSourceAndOneAlert() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").via("Levant Wire").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").via("Gulf Ledger").build());
        published("2017-06-17");
        send(claim("c#2", "sohr").exactly(24).on("2017-06-15").via("North Post").build());
        assertThat(alerts).hasSize(1);
        EventRecord record = records.values().iterator().next();
        assertThat(record.getFigures()).hasSize(2);
        assertThat(record.getFigures().get(0).getOutlets()).containsExactly("Levant Wire", "North Post");
        assertThat(record.getIndependentSources()).isEqualTo(2);
    }

    // ---- corrections and retractions --------------------------------------------------------------

    @Test
    void aRetractedClaimResolvesTheAlertThatRestedOnIt() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        CasualtyClaim coalition = claim("b#1", "coalition").exactly(3).on("2017-06-15").build();
        send(coalition);
        send(CasualtyClaim.newBuilder(coalition).setRetracted(true).build());
        assertThat(alerts).extracting(ContradictionAlert::getStatus).containsExactly(AlertStatus.OPEN, AlertStatus.RESOLVED);
        assertThat(alerts.get(1).getSummary()).startsWith("Resolved (a claim it rested on was corrected or withdrawn): ");
        assertThat(store.values()).singleElement().satisfies(e -> assertThat(e.getClaims()).hasSize(1));
    }

    @Test
    void anAlertOnARetractedClaimMovesToTheSameClaimantsOtherClaim() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").via("Levant Wire").build());
        published("2017-06-17");
        send(claim("c#1", "sohr").exactly(24).on("2017-06-15").via("North Post").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build());
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").via("Levant Wire").retracted().build());
        assertThat(alerts).extracting(ContradictionAlert::getStatus).containsExactly(AlertStatus.OPEN, AlertStatus.UPDATED);
        assertThat(alerts.get(1).getClaims()).extracting(CasualtyClaim::getClaimId).containsExactly("c#1", "b#1");
    }

    @Test
    void anEchoJoinsNoEventAndRaisesNoAlert() {
        send(claim("a#2", "sohr").exactly(24).on("2017-06-15").build());
        // the headline over it repeats the figure as the outlet's: no second source, no second alert
        send(CasualtyClaim.newBuilder(claim("a#1", "outlet").exactly(24).on("2017-06-15").build()).setEchoOf("a#2").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build());
        assertThat(alerts).singleElement().satisfies(a -> assertThat(a.getClaims()).extracting(CasualtyClaim::getClaimId)
                .containsExactly("a#2", "b#1"));
        assertThat(store.values()).singleElement().satisfies(e -> assertThat(e.getClaims()).hasSize(2));
    }

    @Test
    void anEventWhoseClaimsAreAllRetractedIsRemoved() {
        CasualtyClaim a = claim("a#1", "sohr").exactly(24).on("2017-06-15").build();
        CasualtyClaim b = claim("b#1", "coalition").exactly(3).on("2017-06-15").build();
        send(a);
        send(b);
        send(CasualtyClaim.newBuilder(a).setRetracted(true).build());
        send(CasualtyClaim.newBuilder(b).setRetracted(true).build());
        assertThat(store).isEmpty();
        assertThat(records).containsEntry("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED", null);
        assertThat(latest().values()).extracting(ContradictionAlert::getStatus).containsOnly(AlertStatus.RESOLVED);
    }

    @Test
    void aCorrectedClaimLeavesTheEventItNoLongerFits() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build());
        // the coalition's article is corrected: the strike was on the 14th
        send(claim("b#1", "coalition").exactly(3).on("2017-06-14").build());
        assertThat(alerts).extracting(ContradictionAlert::getStatus).containsExactly(AlertStatus.OPEN, AlertStatus.RESOLVED);
        assertThat(store).hasSize(2);
        assertThat(store.values()).allSatisfy(e -> assertThat(e.getClaims()).hasSize(1));
    }

    @Test
    void aRetractionOfAnUnknownClaimChangesNothing() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        records.clear();
        send(claim("z#9", "coalition").exactly(3).on("2017-06-15").retracted().build());
        assertThat(alerts).isEmpty();
        assertThat(records).isEmpty();
        assertThat(store).hasSize(1);
    }

    // ---- UNDERCOUNT_OVER_TIME ---------------------------------------------------------------------

    @Test
    void aPartyThatRestatesALowFigureAfterAHigherOneWasPublishedUndercounts() {
        published("2017-06-16");
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        published("2017-06-17");
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build());
        assertThat(alertsOf(AlertKind.UNDERCOUNT_OVER_TIME)).as("a one-off figure is only NUMERIC").isEmpty();
        published("2017-06-25");
        send(claim("c#1", "coalition").exactly(3).on("2017-06-15").build());

        assertThat(alerts).extracting(ContradictionAlert::getKind)
                .containsExactly(AlertKind.NUMERIC, AlertKind.UNDERCOUNT_OVER_TIME);
        ContradictionAlert u = alertsOf(AlertKind.UNDERCOUNT_OVER_TIME).get(0);
        assertThat(u.getAlertId()).endsWith(":coalition|sohr:UNDERCOUNT_OVER_TIME");
        assertThat(u.getClaims()).extracting(CasualtyClaim::getClaimId).containsExactly("a#1", "b#1", "c#1");
        assertThat(u.getSummary()).isEqualTo("The US-led coalition still reports 3 civilians killed in Raqqa on 15 Jun 2017 "
                + "(published again 25 Jun 2017), 9 days after the Syrian Observatory for Human Rights published 24 (16 Jun 2017).");
    }

    @Test
    void anotherOutletCarryingTheSameFigureTheNextDayIsNotARestatement() {
        published("2017-06-16");
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        published("2017-06-17T08:00:00Z");
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").via("Gulf Ledger").build());
        published("2017-06-17T20:00:00Z");
        send(claim("c#1", "coalition").exactly(3).on("2017-06-15").via("North Post").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
    }

    @Test
    void aRevisionThatStaysBelowUndercountsAndOneThatConvergesResolves() {
        published("2017-06-16");
        send(claim("b#1", "coalition").exactly(2).on("2017-06-15").build());
        published("2017-06-17");
        send(claim("a#1", "airwars").atLeast(30).on("2017-06-15").build());
        published("2017-06-20");
        send(claim("c#1", "coalition").exactly(6).on("2017-06-15").build());
        assertThat(latest().values()).extracting(a -> a.getKind() + " " + a.getStatus())
                .containsExactly("NUMERIC UPDATED", "UNDERCOUNT_OVER_TIME OPEN");
        published("2017-07-01");
        send(claim("d#1", "coalition").exactly(29).on("2017-06-15").build());
        assertThat(latest().values()).extracting(a -> a.getKind() + " " + a.getStatus())
                .containsExactly("NUMERIC RESOLVED", "UNDERCOUNT_OVER_TIME RESOLVED");
        assertThat(latest().values()).allSatisfy(a ->
                assertThat(a.getSummary()).startsWith("Resolved (the figures have been revised and no longer contradict): "));
    }

    @Test
    void aPartyThatWasFirstAndNeverSpokeAgainDoesNotUndercount() {
        published("2017-06-16");
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build());
        published("2017-06-20");
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        published("2017-06-30");
        send(claim("c#1", "sohr").exactly(24).on("2017-06-15").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
    }

    // ---- scope: wholes and parts, incidents and tolls ---------------------------------------------

    @Test
    void aGovernorateFigureAboveACityFigureIsNoContradiction() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build());
        send(claim("b#1", "airwars").exactly(40).on("2017-06-15").at("sy-raqqa", "Raqqa Governorate").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void aTollOverALongerPeriodBelowOneOverAShorterIsNumeric() {
        send(claim("a#1", "airwars").atLeast(40).between("2017-06-01", "2017-06-30").build());
        send(claim("b#1", "coalition").exactly(12).between("2017-05-01", "2017-07-31").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
        assertThat(alerts.get(0).getSummary()).startsWith("Airwars reports at least 40 civilians killed in Raqqa in June 2017; "
                + "the US-led coalition reports 12 civilians killed between 1 May and 31 Jul 2017 in all");
    }

    @Test
    void tollsOverPartlyOverlappingPeriodsAreNotCompared() {
        send(claim("a#1", "airwars").atLeast(40).between("2017-06-01", "2017-06-30").build());
        send(claim("b#1", "coalition").exactly(12).between("2017-06-15", "2017-07-15").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void aCumulativeTollBelowTheSumOfAnotherClaimantsIncidentsIsNumeric() {
        send(claim("a#1", "airwars").exactly(18).on("2017-06-05").by("coalition").build());
        send(claim("a#2", "airwars").exactly(12).on("2017-06-14").by("coalition").build());
        send(claim("b#1", "coalition").exactly(20).between("2017-06-01", "2017-06-30").by("coalition")
                .at("sy-raqqa", "Raqqa Governorate").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
        assertThat(alerts.get(0).getClaims()).extracting(CasualtyClaim::getClaimId).containsExactly("b#1", "a#1", "a#2");
    }

    @Test
    void aCumulativeTollWithinTheToleranceOfTheSumAgrees() {
        send(claim("a#1", "airwars").exactly(18).on("2017-06-05").by("coalition").build());
        send(claim("a#2", "airwars").exactly(12).on("2017-06-14").by("coalition").build());
        send(claim("b#1", "coalition").exactly(28).between("2017-06-01", "2017-06-30").by("coalition")
                .at("sy-raqqa", "Raqqa Governorate").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void anIncidentOutsideTheTollsPeriodDoesNotCount() {
        send(claim("a#1", "airwars").exactly(18).on("2017-07-05").by("coalition").build());
        send(claim("b#1", "coalition").exactly(2).between("2017-06-01", "2017-06-30").by("coalition").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void incidentsArrivingAfterTheTollStillAddUp() {
        send(claim("b#1", "coalition").exactly(12).between("2017-06-01", "2017-06-30").by("coalition")
                .at("sy-raqqa", "Raqqa Governorate").build());
        send(claim("a#1", "airwars").exactly(18).on("2017-06-05").by("coalition").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
        send(claim("a#2", "airwars").exactly(12).on("2017-06-14").at("sy-tabqa", "Tabqa").by("coalition").build());
        send(claim("c#1", "sohr").exactly(9).on("2017-06-20").by("coalition").build());
        assertThat(alerts).extracting(a -> a.getKind() + " " + a.getStatus())
                .containsExactly("NUMERIC OPEN", "NUMERIC UPDATED");
        ContradictionAlert updated = alerts.get(1);
        assertThat(updated.getAlertId()).endsWith(":airwars|coalition:NUMERIC");
        assertThat(updated.getClaims()).extracting(CasualtyClaim::getClaimId).containsExactly("b#1", "a#1", "a#2");
        assertThat(updated.getSummary()).isEqualTo("The US-led coalition reports 12 civilians killed in Raqqa Governorate "
                + "in June 2017 in all; Airwars reports 2 separate incidents (18 on 5 Jun, 12 on 14 Jun) inside that "
                + "period and place, adding up to at least 30 civilians.");
    }

    @Test
    void oneIncidentReportedForACityAndItsGovernorateIsCountedOnce() {
        send(claim("a#1", "airwars").exactly(18).on("2017-06-05").build());
        send(claim("a#2", "airwars").exactly(18).on("2017-06-05").at("sy-raqqa", "Raqqa Governorate").build());
        send(claim("b#1", "coalition").exactly(20).between("2017-06-01", "2017-06-30").at("sy-raqqa", "Raqqa Governorate").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void incidentsBlamedOnAnotherPartyDoNotCountAgainstAToll() {
        send(claim("b#1", "coalition").exactly(5).between("2017-06-01", "2017-06-30").by("coalition").build());
        send(claim("a#1", "sohr").exactly(30).on("2017-06-05").by("russia").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void figuresBlamingDifferentPerpetratorsAreDifferentAttacks() {
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").by("russia").build());
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").by("coalition").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void undatedFiguresPublishedWeeksApartAreNotCompared() {
        published("2017-06-16");
        send(claim("a#1", "sohr").exactly(24).undated().build());
        published("2017-07-20");
        send(claim("b#1", "coalition").exactly(3).undated().build());
        assertThat(alerts).isEmpty();
    }

    // ---- denials ----------------------------------------------------------------------------------

    @Test
    void sayingNoCiviliansWereKilledIsADenial() {
        send(claim("a#1", "local").exactly(9).on("2017-06-15").at("iq-mosul", "Mosul").by("coalition").build());
        send(claim("b#1", "us-military").exactly(0).on("2017-06-15").at("iq-mosul", "Mosul").by("us-military").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.DENIAL);
        assertThat(alerts.get(0).getSummary()).isEqualTo("Local sources report 9 civilians killed in Mosul on 15 Jun 2017 "
                + "and blame the US-led coalition; the US military denies that its forces killed any civilians there on 15 Jun 2017.");
    }

    // ---- the event record -------------------------------------------------------------------------

    @Test
    void theEventRecordHoldsEveryClaimantsLatestFigureEstimatesPositionAndGrade() {
        published("2017-06-16");
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").by("coalition").build());
        send(claim("b#1", "airwars").range(20, 30).on("2017-06-15").by("coalition").build());
        EventRecord r = records.get("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
        assertThat(r.getScope()).isEqualTo(EventScope.INCIDENT);
        assertThat(r.getBelligerent()).isEqualTo("coalition");
        assertThat(r.getBelligerentPosition()).isEqualTo(BelligerentPosition.SILENT);
        assertThat(r.getGrade()).isEqualTo(EvidenceGrade.MULTIPLE_SOURCES);
        assertThat(r.getConservativeEstimate()).isEqualTo(20L);
        assertThat(r.getHighEstimate()).isEqualTo(30L);

        published("2017-06-18");
        send(claim("c#1", "coalition").exactly(3).on("2017-06-15").by("coalition").build());
        r = records.get("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
        assertThat(r.getBelligerentPosition()).isEqualTo(BelligerentPosition.ACKNOWLEDGED);
        assertThat(r.getGrade()).isEqualTo(EvidenceGrade.CONFIRMED_BY_RESPONSIBLE_PARTY);
        assertThat(r.getConservativeEstimate()).isEqualTo(3L);
        assertThat(r.getEstimateCategory()).isEqualTo(Category.CIVILIANS);
        assertThat(r.getOpenAlerts()).hasSize(2);
        assertThat(r.getUpdatedAt()).isEqualTo(Instant.parse("2017-06-18T12:00:00Z"));

        published("2017-06-20");
        send(claim("d#1", "sohr").exactly(31).on("2017-06-15").by("coalition").build());
        r = records.get("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
        assertThat(r.getFigures()).extracting(f -> f.getClaimant().getId() + " " + f.getCount().getLow())
                .containsExactly("airwars 20", "coalition 3", "sohr 31");
        assertThat(r.getHighEstimate()).isEqualTo(31L);
    }

    @Test
    void aDenialByTheBelligerentIsItsPosition() {
        send(claim("a#1", "white-helmets").exactly(45).on("2018-02-06").at("sy-douma", "Douma").by("syria-government").build());
        assertThat(records.values()).singleElement().satisfies(r -> {
            assertThat(r.getGrade()).isEqualTo(EvidenceGrade.SINGLE_SOURCE);
            assertThat(r.getBelligerentPosition()).isEqualTo(BelligerentPosition.SILENT);
        });
        send(claim("b#1", "syria-government").denial().at("sy", "Syria").by("syria-government").build());
        EventRecord r = records.get("sy-rif-dimashq/sy-douma/2018-02-06/KILLED");
        assertThat(r.getBelligerentPosition()).isEqualTo(BelligerentPosition.DENIED);
        assertThat(r.getGrade()).isEqualTo(EvidenceGrade.SINGLE_SOURCE);
    }

    // ---- expiry -----------------------------------------------------------------------------------

    @Test
    void anEventExpiresAfterItsTtlAndGrace() {
        Reconciler shortLived = new Reconciler(GAZETTEER,
                ReconcileSettings.DEFAULTS.withEventTtl(Duration.ofDays(10)).withGrace(Duration.ofDays(2)));
        published("2017-06-16");
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build(), shortLived);
        assertThat(shortLived.expired(List.copyOf(store.values()), Instant.parse("2017-06-27T12:00:00Z").toEpochMilli()))
                .isEmpty();
        assertThat(shortLived.expired(List.copyOf(store.values()), Instant.parse("2017-06-28T13:00:00Z").toEpochMilli()))
                .containsExactly("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
    }

    @Test
    void aLateArticleWithinTheGraceStillMeetsItsEvent() {
        Reconciler shortLived = new Reconciler(GAZETTEER,
                ReconcileSettings.DEFAULTS.withEventTtl(Duration.ofDays(10)).withGrace(Duration.ofDays(5)));
        published("2017-06-16");
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build(), shortLived);
        // stream time has moved on to the 29th (13 days later: past the TTL, within the grace) ...
        String region = "sy-raqqa";
        List<EventState> events = List.copyOf(store.values());
        Reconciler.Result r = shortLived.accept(region, claim("b#1", "coalition").exactly(3).on("2017-06-15").build(),
                events, Instant.parse("2017-06-20T12:00:00Z").toEpochMilli(), Instant.parse("2017-06-29T12:00:00Z").toEpochMilli());
        // ... but the article was published on the 20th: it meets the event
        assertThat(r.expiredEvents()).isEmpty();
        assertThat(r.alerts()).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
    }

    @Test
    void aClaimPublishedAfterTheTtlStartsAFreshEvent() {
        Reconciler shortLived = new Reconciler(GAZETTEER,
                ReconcileSettings.DEFAULTS.withEventTtl(Duration.ofDays(10)).withGrace(Duration.ofDays(5)));
        published("2017-06-16");
        send(claim("a#1", "sohr").exactly(24).on("2017-06-15").build(), shortLived);
        published("2017-07-10");
        send(claim("b#1", "coalition").exactly(3).on("2017-06-15").build(), shortLived);
        assertThat(expired).containsExactly("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
        assertThat(alerts).isEmpty();
        assertThat(store).containsOnlyKeys("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
        assertThat(store.values()).singleElement().satisfies(e ->
                assertThat(e.getClaims()).extracting(CasualtyClaim::getClaimId).containsExactly("b#1"));
    }

    @Test
    void twoOldClaimsAboutOneEventStillMeetAfterANewerArticleWasReadFirst() {
        // a backlog, or a reprocessed topic: an article from September is read before two from June
        Reconciler shortLived = new Reconciler(GAZETTEER,
                ReconcileSettings.DEFAULTS.withEventTtl(Duration.ofDays(10)).withGrace(Duration.ofDays(5)));
        long september = Instant.parse("2017-09-01T12:00:00Z").toEpochMilli();
        String region = "sy-raqqa";
        published("2017-09-01");
        send(claim("x#1", "sohr").exactly(7).on("2017-08-31").build(), shortLived);
        Reconciler.Result first = shortLived.accept(region, claim("a#1", "sohr").exactly(24).on("2017-06-15").build(),
                List.copyOf(store.values()), Instant.parse("2017-06-16T12:00:00Z").toEpochMilli(), september);
        first.changedEvents().forEach(e -> store.put(e.getEvent().getId(), e));
        Reconciler.Result second = shortLived.accept(region, claim("b#1", "coalition").exactly(3).on("2017-06-15").build(),
                List.copyOf(store.values()), Instant.parse("2017-06-17T12:00:00Z").toEpochMilli(), september);
        // the June event is far past its TTL at September's stream time, yet the second June claim meets it
        assertThat(second.expiredEvents()).doesNotContain("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
        assertThat(second.alerts()).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
        // and the sweep at that stream time still forgets it
        second.changedEvents().forEach(e -> store.put(e.getEvent().getId(), e));
        assertThat(shortLived.expired(List.copyOf(store.values()), september)).containsExactly("sy-raqqa/sy-raqqa-city/2017-06-15/KILLED");
    }

    // ---- summaries --------------------------------------------------------------------------------

    @Test
    void summariesNameThePartiesAsASentenceWould() {
        send(claim("a#1", "amnesty").atLeast(60).category(Category.CHILDREN).between("2017-06-24", "2017-08-24").build());
        send(claim("b#1", "coalition").exactly(20).between("2017-06-24", "2017-08-24").speaker("Dillon").build());
        assertThat(alerts.get(0).getSummary()).isEqualTo("Amnesty International reports at least 60 children killed in Raqqa "
                + "between 24 Jun and 24 Aug 2017; the US-led coalition (Dillon) reports 20 civilians killed in all, "
                + "fewer than that part alone.");
    }

    @Test
    void aTrendSummarySaysWhoReportsAndWhoDisputes() {
        send(claim("a#1", "amnesty").atLeast(146).between("2017-06-24", "2017-08-24").by("coalition").build());
        send(claim("a#4", "amnesty").trend(Polarity.ASSERTS, Trend.RISING).by("coalition").build());
        send(claim("a#7", "coalition").trend(Polarity.DISPUTES, Trend.RISING).by("coalition").speaker("Townsend").build());
        assertThat(alerts.get(0).getSummary()).isEqualTo("Amnesty International reports that civilian deaths in Raqqa rose "
                + "between 24 Jun and 24 Aug 2017, blaming the US-led coalition; the US-led coalition (Townsend) disputes "
                + "that civilian deaths in Raqqa rose.");
    }

    @Test
    void anUndatedFigurePublishedDuringATollsPeriodIsPartOfIt() {
        published("2017-10-20");
        send(claim("a#1", "airwars").atLeast(1400).undated().by("coalition").build());
        send(claim("b#1", "coalition").exactly(24).since("2017-06-01").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.NUMERIC);
        assertThat(alerts.get(0).getSummary()).isEqualTo("Airwars reports at least 1,400 civilians killed in Raqqa; "
                + "the US-led coalition reports 24 civilians killed since 1 Jun 2017 in all, fewer than that.");
    }

    @Test
    void anUndatedFigurePublishedAfterATollsPeriodIsNotCompared() {
        published("2017-10-20");
        send(claim("a#1", "airwars").atLeast(1400).undated().by("coalition").build());
        send(claim("b#1", "coalition").exactly(24).between("2017-06-01", "2017-06-30").build());
        assertThat(alerts).isEmpty();
    }

    @Test
    void anUnattributedReportMeetsADenialOfThatVeryIncident() {
        send(claim("a#1", "un").exactly(22).category(Category.CHILDREN).on("2016-10-26").at("sy-hass", "Hass").build());
        send(claim("b#1", "russia").denial().on("2016-10-26").at("sy-hass", "Hass").by("russia").build());
        assertThat(alerts).extracting(ContradictionAlert::getKind).containsExactly(AlertKind.DENIAL);
    }

    @Test
    void anUnattributedReportDoesNotMeetABlanketDenial() {
        send(claim("a#1", "un").exactly(22).category(Category.CHILDREN).on("2016-10-26").at("sy-hass", "Hass").build());
        send(claim("b#1", "russia").denial().at("sy", "Syria").by("russia").build());
        assertThat(alerts).isEmpty();
    }
}
