package org.crosscheck.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.reconcile.Claims.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crosscheck.avro.AlertKind;
import org.crosscheck.avro.AlertStatus;
import org.crosscheck.avro.CasualtyClaim;
import org.crosscheck.avro.Category;
import org.crosscheck.avro.ContradictionAlert;
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

    private void send(CasualtyClaim c) {
        for (String region : router.regionsFor(c)) {
            List<EventState> events = store.values().stream().filter(e -> e.getEvent().getRegion().equals(region)).toList();
            Reconciler.Result r = reconciler.accept(region, c, events, 1_000L);
            r.changedEvents().forEach(e -> store.put(e.getEvent().getId(), e));
            alerts.addAll(r.alerts());
        }
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
        assertThat(a.getSummary()).isEqualTo("Syrian Observatory for Human Rights reports 24 civilians killed in Raqqa "
                + "(15 Jun 2017); US-led coalition reports 3 civilians killed in Raqqa (15 Jun 2017).");
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
}
